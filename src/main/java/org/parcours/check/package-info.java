/** The check stage: one class per family of checks (ids, links, media, quizzes, typography) over a loaded course. */
package org.parcours.check;

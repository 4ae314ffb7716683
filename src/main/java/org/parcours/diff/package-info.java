/** `parcours diff`: what changes for an LMS and its learners between two versions of a course. */
package org.parcours.diff;

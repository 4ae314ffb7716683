/** `parcours preview`: a local server that shows the course as the learner sees it and follows its sources. */
package org.parcours.preview;

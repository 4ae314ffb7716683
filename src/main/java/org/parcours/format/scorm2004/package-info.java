/**
 * The SCORM 2004 4th edition format: the player with its scorm2004 adapter, a JAXB-written manifest with a small
 * sequencing that works whether an LMS honours it or not, and the XSD control files.
 */
package org.parcours.format.scorm2004;

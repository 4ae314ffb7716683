/**
 * The SCORM 1.2 format: the player with its scorm12 adapter, a JAXB-written manifest, the XSD control files, and
 * the build-time bound on the learner state that the adapter keeps in cmi.suspend_data.
 */
package org.parcours.format.scorm12;

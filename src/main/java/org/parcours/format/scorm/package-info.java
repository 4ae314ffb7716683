/**
 * What the SCORM 1.2 and SCORM 2004 formats share: the manifest's identifiers, manifest text rules, the source
 * of the XSD control files and the --sco lesson outline of SCOs and pages.
 */
package org.parcours.format.scorm;

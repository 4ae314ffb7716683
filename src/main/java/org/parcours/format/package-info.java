/** Formats: one sub-package per package format (web, scorm12, scorm2004, xapi, cmi5), each turning a course into a FileTree. */
package org.parcours.format;

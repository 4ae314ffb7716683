/** The immutable model of a course: records built by the loader and read by every later stage. */
package org.parcours.model;

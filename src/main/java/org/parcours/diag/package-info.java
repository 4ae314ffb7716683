/** Diagnostics as values: positions, stable codes, and the Result that every stage returns. */
package org.parcours.diag;

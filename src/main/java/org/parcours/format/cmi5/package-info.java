/** The cmi5 format: cmi5.xml (course, a block per part, assignable units) beside the player with its cmi5 adapter. */
package org.parcours.format.cmi5;

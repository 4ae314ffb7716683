/** The cmi5 target: cmi5.xml (course, a block per part, assignable units) beside the player with its cmi5 adapter. */
package org.parcours.target.cmi5;

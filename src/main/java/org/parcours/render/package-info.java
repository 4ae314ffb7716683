/** STAND-IN of the player's render package (see PlayerRenderer); replaced by the player on merge. */
package org.parcours.render;

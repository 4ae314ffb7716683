/** The xAPI format: TinCan packages (tincan.xml beside the player with its xAPI adapter). */
package org.parcours.format.xapi;

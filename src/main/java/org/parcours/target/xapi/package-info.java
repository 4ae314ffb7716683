/** The xAPI target: TinCan packages (tincan.xml beside the player with its xAPI adapter). */
package org.parcours.target.xapi;

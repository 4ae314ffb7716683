/** The web format: the player with the standalone adapter, written as a zip and as a folder. */
package org.parcours.format.web;

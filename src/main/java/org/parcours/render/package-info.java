/**
 * Render: turns a checked course into the player's tree (HTML from FreeMarker templates fed with view records,
 * the runtime, the assets), the part that every package format wraps.
 */
package org.parcours.render;

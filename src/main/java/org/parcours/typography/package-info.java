/** The typographic rules of course languages (French no-break spaces), shared by the renderer, `fmt` and `check`. */
package org.parcours.typography;

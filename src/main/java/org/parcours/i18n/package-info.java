/**
 * French and English for everything the tool says: messages are written in English in the code, their French
 * lives in one catalog (src/main/resources/org/parcours/i18n/fr.txt), and the language is chosen once per run.
 */
package org.parcours.i18n;

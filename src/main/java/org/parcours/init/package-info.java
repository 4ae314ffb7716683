/** `parcours init`: the starter course, written from the templates under resources org/parcours/init/. */
package org.parcours.init;

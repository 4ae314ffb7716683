/** Loading: reads a course folder (YAML with positions, Markdown with front matter) into the model plus diagnostics. */
package org.parcours.load;

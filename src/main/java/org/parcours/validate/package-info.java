/** Validate: reads any package (zip or folder) as a stranger would, detects its standard, and reports findings. */
package org.parcours.validate;

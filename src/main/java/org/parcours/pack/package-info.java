/** Pack: writes file trees as deterministic zips (with a SHA-256 file) or folders, always atomically. */
package org.parcours.pack;

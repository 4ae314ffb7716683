/** FileTree: the in-memory set of files that flows from render to a target to pack. */
package org.parcours.tree;

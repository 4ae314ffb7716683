package org.parcours.target;

import org.parcours.diag.Result;
import org.parcours.model.Course;
import org.parcours.tree.FileTree;

/** One package format: turns a checked course into the tree of files of its package. */
public interface Target {

    /** The name used on the command line and in file names: web, scorm12, xapi, cmi5. */
    String format();

    Result<FileTree> build(Course course, BuildOptions options);

    /** Whether the build also writes the package as a plain folder beside the zip (the web output does). */
    default boolean alsoAsFolder() {
        return false;
    }
}

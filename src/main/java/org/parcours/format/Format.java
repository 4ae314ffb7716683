package org.parcours.format;

import java.util.function.Consumer;
import org.parcours.diag.Result;
import org.parcours.model.Course;
import org.parcours.tree.FileTree;
import org.parcours.validate.Standard;

/** One package format: turns a checked course into the tree of files of its package. Registered in {@link Formats}. */
public interface Format {

    /** The name used on the command line, in course.yaml's build.formats and in file names: web, scorm12, … */
    String name();

    /**
     * The standard that {@code parcours validate} must recognise in this format's packages: the build refuses a
     * package that the validator judges as something else, exactly as it refuses one with errors.
     */
    Standard standard();

    Result<FileTree> build(Course course, BuildOptions options);

    /**
     * Builds and tells {@code notes} what is worth knowing about the result (sizes, budgets), one line each;
     * the CLI prints them in verbose mode. Formats with nothing to say keep this default.
     */
    default Result<FileTree> build(Course course, BuildOptions options, Consumer<String> notes) {
        return build(course, options);
    }

    /** Whether the build also writes the package as a plain folder beside the zip (the web output does). */
    default boolean alsoAsFolder() {
        return false;
    }
}

package org.parcours.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.parcours.model.Course;
import org.parcours.format.BuildOptions;
import org.parcours.format.Format;
import org.parcours.tree.FileTree;

/** Builds a package of a course with a target and lays it out in a temporary folder, as an LMS unzips it. */
final class Packages {
    private Packages() {}

    static Path unpacked(Format target, Course course, BuildOptions options) throws IOException {
        FileTree tree = target.build(course, options).value().orElseThrow();
        Path dir = Files.createTempDirectory("parcours-" + target.name() + "-");
        for (Map.Entry<String, byte[]> e : tree.files().entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        return dir;
    }
}

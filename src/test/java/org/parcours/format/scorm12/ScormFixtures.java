package org.parcours.format.scorm12;

import org.parcours.format.scorm.ControlFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.parcours.Parcours;
import org.parcours.diag.Result;
import org.parcours.model.Course;
import org.parcours.format.BuildOptions;
import org.parcours.model.Structure;
import org.parcours.tree.FileTree;

/** Courses and builds shared by the SCORM 1.2 tests. */
final class ScormFixtures {
    static final Path COURSES = Path.of("src/test/resources/courses");
    static final Path MINI_MOOC = Path.of("course");

    /** Stands for the project's schemas/ in unit tests: the manifest tests are not about the XSDs' content. */
    static final ControlFiles PLACEHOLDER_SCHEMAS =
            name -> Optional.of(("<!-- placeholder for " + name + " -->\n").getBytes(StandardCharsets.US_ASCII));

    private ScormFixtures() {}

    static Course course(Path dir) {
        Result<Course> r = Parcours.check(dir, dir.toString());
        if (r.hasErrors()) throw new AssertionError("fixture course has errors: " + r.diagnostics());
        return r.value().orElseThrow();
    }

    static Course small() {
        return course(COURSES.resolve("scorm-small"));
    }

    static FileTree build(Course course, String sco) {
        Result<FileTree> r = new Scorm12Format(PLACEHOLDER_SCHEMAS).build(course, new BuildOptions(Structure.parse(sco).orElseThrow(), Structure.SINGLE));
        if (r.hasErrors()) throw new AssertionError("build failed: " + r.diagnostics());
        return r.value().orElseThrow();
    }

    static String manifest(FileTree tree) {
        return tree.text(Scorm12Format.MANIFEST).orElseThrow();
    }
}

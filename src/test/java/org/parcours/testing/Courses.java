package org.parcours.testing;

import java.nio.file.Path;
import org.parcours.Parcours;
import org.parcours.diag.Result;
import org.parcours.model.Course;

/** The courses the tests build: the mini-MOOC of the repository and the fixtures under src/test/resources/courses/. */
public final class Courses {
    private Courses() {}

    public static Course miniMooc() {
        return load(Path.of("course"));
    }

    public static Course fixture(String name) {
        return load(Path.of("src/test/resources/courses", name));
    }

    private static Course load(Path dir) {
        Result<Course> r = Parcours.check(dir, dir.toString());
        if (r.hasErrors()) throw new AssertionError("fixture course has errors: " + r.diagnostics());
        return r.value().orElseThrow();
    }
}

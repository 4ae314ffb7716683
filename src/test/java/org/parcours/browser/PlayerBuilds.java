package org.parcours.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.BuildRequest;
import org.parcours.Parcours;
import org.parcours.diag.Result;
import org.parcours.model.Course;

/** Builds courses the way `parcours build` does, once per test run, and loads their model for answer keys. */
public final class PlayerBuilds {
    private static final Map<String, Path> BUILT = new HashMap<>();

    private PlayerBuilds() {}

    /** The mini-MOOC of the project (course/). */
    public static Path miniMooc() {
        return Project.root().resolve("course");
    }

    /** A test course of src/test/resources/courses/. */
    public static Path fixture(String name) {
        return Project.root().resolve("src/test/resources/courses").resolve(name);
    }

    /** Builds a format of a course into target/it/builds/ and returns the zip; the same call later reuses it. */
    public static synchronized Path build(Path course, String format) {
        String key = course + "#" + format;
        Path zip = BUILT.get(key);
        if (zip != null && Files.isRegularFile(zip)) return zip;
        Path out = Project.scratch("builds/" + course.getFileName() + "-" + format);
        Result<List<Path>> r = Parcours.build(course, course.getFileName().toString(),
                new BuildRequest(List.of(format), out, Optional.empty(), Optional.empty(), Optional.empty()), line -> {});
        if (r.hasErrors()) throw new AssertionError("build failed: " + r.diagnostics());
        zip = r.value().orElseThrow().stream().filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
        BUILT.put(key, zip);
        return zip;
    }

    /** The web output of a course as a folder (the build writes it beside the zip). */
    public static Path webFolder(Path course) {
        Path zip = build(course, "web");
        String name = zip.getFileName().toString();
        return zip.resolveSibling(name.substring(0, name.length() - ".zip".length()));
    }

    public static Course model(Path course) {
        Result<Course> r = Parcours.check(course, course.getFileName().toString());
        return r.value().orElseThrow(() -> new AssertionError("course does not load: " + r.diagnostics()));
    }
}

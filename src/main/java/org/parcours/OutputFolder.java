package org.parcours;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Where a build may write: never inside a folder the course is read from (assets/, theme/, templates/, pages/, a
 * part), nor the course folder itself, or the next build would package the previous build's zips. A folder the
 * course format ignores (target/, dist/) is fine: `cd course && parcours build` writes target/dist/ there.
 */
final class OutputFolder {
    private static final Set<String> READ = Set.of("assets", "theme", "templates", "pages");

    private OutputFolder() {}

    /** The folder of the course that {@code out} falls in ("the course folder itself", "assets/"…), if any. */
    static Optional<org.parcours.i18n.Text> insideCourse(Path course, Path out) {
        Path root = course.toAbsolutePath().normalize();
        Path o = out.toAbsolutePath().normalize();
        if (!o.startsWith(root)) return Optional.empty();
        if (o.equals(root)) return Optional.of(org.parcours.i18n.Text.of("folder itself"));
        String first = root.relativize(o).getName(0).toString();
        if (READ.contains(first) || first.matches("\\d+-.*")) return Optional.of(org.parcours.i18n.Text.of("%s/ folder", first));
        return Optional.empty();
    }
}

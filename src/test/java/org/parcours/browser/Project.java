package org.parcours.browser;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the project the tests run in, found from the working folder (Maven runs tests in the project root). */
public final class Project {
    private Project() {}

    /** The folder that holds pom.xml, searched upwards from the working folder. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml"))) return p;
        }
        throw new IllegalStateException("no pom.xml above " + dir);
    }

    /** A file of an installed Node package, e.g. {@code nodeModule("axe-core/axe.min.js")}. */
    public static Path nodeModule(String path) {
        return root().resolve("node_modules").resolve(path);
    }

    /** A scratch folder under target/ for one test class, emptied first. */
    public static Path scratch(String name) {
        Path dir = root().resolve("target/it").resolve(name);
        try {
            if (Files.exists(dir)) {
                try (var walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
            return Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}

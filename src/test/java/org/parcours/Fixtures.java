package org.parcours;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Test courses: the valid fixtures under courses/, and the invalid ones, each an overlay on the minimal course. */
public final class Fixtures {
    public static final Path RESOURCES = Path.of("src/test/resources");
    public static final Path MINIMAL = RESOURCES.resolve("courses/minimal");
    public static final Path INVALID = RESOURCES.resolve("invalid");
    public static final Path MINI_MOOC = Path.of("course");

    private Fixtures() {}

    /** Copies the minimal course into {@code dir}/course, then the overlay's files on top; `.delete` lists removals. */
    public static Path minimalWith(Path overlay, Path dir) {
        Path course = dir.resolve("course");
        copyTree(MINIMAL, course);
        if (overlay != null) {
            copyTree(overlay, course);
            Path delete = overlay.resolve(".delete");
            if (Files.exists(delete)) {
                for (String rel : read(delete)) deleteTree(course.resolve(rel.strip()));
            }
            deleteTree(course.resolve(".delete"));
            deleteTree(course.resolve("expected.txt"));
            deleteTree(course.resolve("command.txt"));
        }
        return course;
    }

    public static List<Path> invalidFixtures() {
        try (Stream<Path> s = Files.list(INVALID)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> read(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(q);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

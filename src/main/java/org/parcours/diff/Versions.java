package org.parcours.diff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Where a version of a course comes from: a folder, or a git ref (tag, branch, commit) of the repository in the
 * current folder, exported with `git archive` into a scratch folder (the work tree is never touched).
 */
public final class Versions {
    private Versions() {}

    /** The course folder for {@code spec}, or empty when it is neither a folder nor a git ref. */
    public static Optional<Path> resolve(String spec, Optional<String> coursePath, Path scratch) {
        Path path = Path.of(spec);
        if (Files.isDirectory(path)) return Optional.of(path);
        if (Files.exists(path) || !isRef(spec)) return Optional.empty();
        Path into;
        try {
            // one folder per version asked for: `diff HEAD HEAD` exports twice
            into = Files.createTempDirectory(scratch, spec.replaceAll("[^A-Za-z0-9._-]", "_") + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder in " + scratch, e);
        }
        export(spec, into);
        if (coursePath.isPresent()) return Optional.of(into.resolve(coursePath.get()));
        // a course repository keeps its course at the root or in course/
        return Optional.of(Files.isRegularFile(into.resolve("course/course.yaml")) ? into.resolve("course") : into);
    }

    private static boolean isRef(String spec) {
        if (spec.startsWith("-")) return false;
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--verify", "--quiet", spec + "^{commit}")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false; // no git: only folders can be compared
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void export(String ref, Path into) {
        try {
            Files.createDirectories(into);
            Process p = new ProcessBuilder(List.of("git", "archive", "--format=tar", ref))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (InputStream in = p.getInputStream(); TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
                for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                    Path to = into.resolve(e.getName()).normalize();
                    // a path that leaves the folder, a link or a device is not course content
                    if (!to.startsWith(into)) continue;
                    if (e.isDirectory()) Files.createDirectories(to);
                    else if (e.isFile()) {
                        Files.createDirectories(to.getParent());
                        Files.copy(tar, to);
                    }
                }
            }
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("git archive " + ref + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export " + ref + " into " + into, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exporting " + ref, e);
        }
    }
}

package org.parcours.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files kept beside the repository in {@code shared/} (official schemas, the course brief), never copied into it.
 * CI lays {@code shared/} beside its clone ({@code ../shared}); a git worktree sits one folder deeper, so the folders
 * above the project are searched in turn, nearest first.
 */
public final class Shared {
    private Shared() {}

    /** {@code shared/relative} in the nearest folder above the project that has it, else {@code ../shared/relative}. */
    public static Path path(String relative) {
        Path root = Path.of("").toAbsolutePath();
        for (Path p = root.getParent(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) return candidate;
        }
        return root.resolve("../shared").resolve(relative).normalize();
    }
}

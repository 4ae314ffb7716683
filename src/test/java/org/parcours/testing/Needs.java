package org.parcours.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one rule for a test that needs something outside the repository (a browser, Node, an official schema): when
 * it is absent the test says so on the console, with the command that installs it, and then fails under CI=true
 * (a CI run that skips is a CI run that proves nothing) or is skipped elsewhere. Never a silent skip.
 */
public final class Needs {
    private Needs() {}

    /** CI=true, as `.ci/run` exports it (GitHub Actions and GitLab CI set it too). */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Goes on when {@code present}; else says {@code what} is missing and how to get it, then fails or skips. */
    public static void require(boolean present, String what, String howToGetIt) {
        if (present) return;
        String message = what + " is missing: " + howToGetIt;
        if (inCi()) {
            System.err.println("\n!!!!!!!!!! FAILED, CI=true: " + message + " !!!!!!!!!!\n");
            Assertions.fail(message + " (CI=true: a test that cannot run fails the run)");
        }
        System.err.println("\n!!!!!!!!!! SKIPPED: " + message + " !!!!!!!!!!\n");
        Assumptions.abort(message);
    }

    /** {@link #require} for a file. */
    public static void file(Path path, String what, String howToGetIt) {
        require(Files.exists(path), what + " (" + path.toAbsolutePath().normalize() + ")", howToGetIt);
    }
}

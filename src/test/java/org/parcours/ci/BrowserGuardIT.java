package org.parcours.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The pom's guard, run as a user would meet it: on a machine without Chromium's driver (a path that does not exist),
 * `mvn verify` stops before the integration tests with the install line, and -DskipBrowserTests lets it go on.
 */
class BrowserGuardIT {
    private static final String GUARD = "exec:exec@browser-tools";

    @Test
    void missingChromedriverStopsTheBuildWithTheInstallLine() throws Exception {
        Run run = mvn(GUARD, "-Dchromedriver.path=/nonexistent/chromedriver");
        assertThat(run.exit).as(run.output).isNotZero();
        assertThat(run.output).contains("/nonexistent/chromedriver")
                .contains("apt-get install chromium chromium-driver")
                .contains("-DskipBrowserTests");
    }

    @Test
    void skipBrowserTestsIsTheExplicitWayOut() throws Exception {
        Run run = mvn(GUARD, "-Dchromedriver.path=/nonexistent/chromedriver", "-DskipBrowserTests");
        assertThat(run.exit).as(run.output).isZero();
    }

    record Run(int exit, String output) {}

    /** Runs Maven on this project, offline (the guard's plugin is already there: this test runs after it). */
    static Run mvn(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-o", "-ntp"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("parcours-mvn-", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("mvn " + String.join(" ", args) + " did not finish within 180 s");
            }
            return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}

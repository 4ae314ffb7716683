package org.parcours.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Node.js for tests that run the player's runtime outside a browser. */
public final class Node {
    private Node() {}

    /**
     * Skips the calling test, with a line on the console, when Node is absent; fails instead when CI is set
     * (a test that cannot run must not pass silently there).
     */
    public static void require() {
        boolean present;
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            present = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            present = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            present = false;
        }
        if (!present) System.out.println("SKIPPED: node is not installed (apt-get install nodejs)");
        if (System.getenv("CI") != null) assertThat(present).as("node is required in CI").isTrue();
        assumeTrue(present, "SKIPPED: node is not installed (apt-get install nodejs)");
    }
}

package org.parcours.testing;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Node.js, for tests that run the player's runtime outside a browser. */
public final class Node {
    private Node() {}

    /** Goes on when `node` runs; else {@link Needs#require} says so, and fails under CI=true. */
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
        Needs.require(present, "Node.js", "apt-get install nodejs");
    }
}

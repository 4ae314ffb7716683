package org.parcours.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parcours.testing.Node;

/**
 * The runtime's pure parts (grading, the suspend-data codec…) under Node's own test runner: the files of
 * src/test/node/runtime/*.test.js, which need no npm package, so they run with the unit tests.
 */
class RuntimeNodeTest {
    private static final Path TESTS = Path.of("src/test/node/runtime");

    @Test
    void theRuntimesPureFunctionsPassTheirNodeTests() throws IOException, InterruptedException {
        Node.require();
        List<String> command = new ArrayList<>(List.of("node", "--test"));
        try (Stream<Path> files = Files.list(TESTS)) {
            files.filter(f -> f.getFileName().toString().endsWith(".test.js")).sorted()
                    .forEach(f -> command.add(f.toString()));
        }
        assertThat(command).as("Node tests of the runtime").hasSizeGreaterThan(2);
        Path log = Files.createTempFile("runtime-node", ".tap");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("node --test did not finish within 120 s");
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).contains("# fail 0").doesNotContain("# pass 0");
        } finally {
            Files.deleteIfExists(log);
        }
    }
}

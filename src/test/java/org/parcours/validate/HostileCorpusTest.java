package org.parcours.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcours.validate.Fixtures.utf8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile packages of the issue-10 campaign, generated at test time and validated by `parcours validate` in a
 * child JVM limited to 256 MiB of heap, as a CI runner with little memory would run it: each must end with a
 * report (exit 0 or 1), never an OutOfMemoryError, a stack trace, an exit 3 or a hang. The time and exit of each
 * case are printed (figures, not assertions: the 60 s bound only catches a hang).
 */
class HostileCorpusTest {
    @TempDir
    static Path tmp;

    record Case(String name, Function<Path, Path> build, String expectedCode) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> corpus() {
        return List.of(
                new Case("100,000 tiny entries", d -> tiny(d.resolve("tiny.zip"), 100_000), "V403"),
                new Case("10,000 entries overlapping one 1 MiB stream", d -> HostileZips.overlapping(d.resolve("overlap.zip"),
                        10_000, new byte[1 << 20]), "V418"),
                new Case("manifest nested 100,000 deep", d -> HostileZips.deepManifest(d.resolve("deep.zip"), 100_000), "V419"),
                new Case("manifest of 64 MiB", HostileCorpusTest::hugeManifest, "V419"),
                new Case("entry lying about its size (24 MiB of zeros declared 4 KiB)", HostileZips.BUILDERS.get("V405"), "V405"),
                new Case("folder holding a FIFO", HostileZips.BUILDERS.get("V417"), "V417"),
                new Case("folder holding a character device", HostileCorpusTest::withDevice, "V417"),
                new Case("entry name with a terminal escape", HostileCorpusTest::escapeName, "V409"),
                new Case("XXE reading a file next to the zip", HostileZips::xxe, "V413"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void validatesEveryHostilePackageWithin256MiBAndReportsIt(Case c) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-")));
        Path pkg = c.build().apply(dir);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), "org.parcours.cli.Main", "validate", "--color", "never", pkg.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        long start = System.nanoTime();
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String stdout = Files.readString(out);
        String stderr = Files.readString(err);
        System.out.printf("hostile corpus, -Xmx256m: %-60s exit %s in %.2f s%n", c.name(), ended ? p.exitValue() : "none (hung)", seconds);

        assertThat(ended).as("validate ended within 60 s").isTrue();
        assertThat(stderr).as("stderr").doesNotContain("Exception", "Error", "\tat ");
        assertThat(p.exitValue()).as("exit code; stdout:\n%s", stdout).isIn(0, 1);
        assertThat(stdout).contains(" " + c.expectedCode() + ": ").doesNotContain("\u001B");
    }

    static Path tiny(Path zip, int n) {
        try (OutputStream os = Files.newOutputStream(zip); ZipArchiveOutputStream out = new ZipArchiveOutputStream(os)) {
            for (int i = 0; i < n; i++) {
                out.putArchiveEntry(new ZipArchiveEntry("f/" + i));
                out.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return zip;
    }

    static Path hugeManifest(Path dir) {
        Map<String, byte[]> files = HostileZips.base();
        String manifest = new String(files.get("imsmanifest.xml"), StandardCharsets.UTF_8);
        String padding = "<!-- " + "x".repeat(1 << 20) + " -->\n";
        files.put("imsmanifest.xml", utf8(manifest.replaceFirst("</manifest>", padding.repeat(64) + "</manifest>")));
        return Fixtures.zip(dir.resolve("huge.zip"), files);
    }

    static Path withDevice(Path dir) {
        Path folder = HostileZips.BUILDERS.get("V417").apply(dir);
        try {
            Files.delete(folder.resolve("shared/pipe.txt"));
            // /dev/zero's numbers: a read never ends
            Process mk = new ProcessBuilder("mknod", folder.resolve("shared/zero.txt").toString(), "c", "1", "5").inheritIO().start();
            org.parcours.testing.Needs.require(mk.waitFor() == 0, "mknod (root, or CAP_MKNOD, as in .ci/run's container)",
                    "run the tests as root");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return folder;
    }

    static Path escapeName(Path dir) {
        Map<String, byte[]> files = new LinkedHashMap<>(HostileZips.base());
        files.put("shared/\u001B[31mred\u001B[0m.txt", utf8("x"));
        return Fixtures.zip(dir.resolve("escape.zip"), files);
    }
}

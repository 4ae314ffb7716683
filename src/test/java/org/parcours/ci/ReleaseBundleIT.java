package org.parcours.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.browser.Project;
import org.parcours.testing.Needs;

/**
 * The release that `mvn package` lays out in target/release, used as a stranger would: the .tar.gz unpacked in a
 * folder outside the project, run with nothing on the PATH but a `java` (no Maven, no git, no coreutils).
 */
class ReleaseBundleIT {
    private static final Path RELEASE = Project.root().resolve("target/release");
    private static String version;

    @TempDir
    static Path tmp;
    private static Path home;

    @BeforeAll
    static void unpackTheBundleElsewhere() throws Exception {
        Needs.file(RELEASE, "the release folder", "run `mvn -B package` first");
        try (var files = Files.list(RELEASE)) {
            version = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("parcours-.+\\.tar\\.gz"))
                    .map(n -> n.substring("parcours-".length(), n.length() - ".tar.gz".length())).findFirst().orElseThrow();
        }
        Path unpacked = Files.createDirectories(tmp.resolve("elsewhere"));
        Run tar = run(unpacked, Map.of("PATH", "/usr/bin:/bin"), "tar", "-xzf", RELEASE.resolve("parcours-" + version + ".tar.gz").toString());
        assertThat(tar.exit).as(tar.output).isZero();
        home = unpacked.resolve("parcours-" + version);
    }

    /** A PATH holding one thing: the JRE's java. */
    private static Map<String, String> onlyJava() throws IOException {
        Path bin = tmp.resolve("only-java");
        if (!Files.exists(bin)) {
            Files.createDirectories(bin);
            Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        }
        return Map.of("PATH", bin.toString());
    }

    @Test
    void bundleHoldsTheJarBothLaunchersTheReadmeAndTheLicence() throws Exception {
        assertThat(Files.list(home).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly("LICENSE", "README.md", "parcours", "parcours-" + version + ".jar", "parcours.cmd");
        assertThat(Files.isExecutable(home.resolve("parcours"))).isTrue();
        assertThat(Files.readString(home.resolve("parcours.cmd"))).contains("\r\n");
        try (ZipFile zip = new ZipFile(RELEASE.resolve("parcours-" + version + ".zip").toFile())) {
            assertThat(zip.stream().map(e -> e.getName()).filter(n -> !n.endsWith("/")).sorted().toList()).containsExactly(
                    "parcours-" + version + "/LICENSE", "parcours-" + version + "/README.md", "parcours-" + version + "/parcours",
                    "parcours-" + version + "/parcours-" + version + ".jar", "parcours-" + version + "/parcours.cmd");
        }
    }

    @Test
    void checksumsVerifyFromTheReleaseFolder() throws Exception {
        Run sums = run(RELEASE, Map.of("PATH", "/usr/bin:/bin"), "sha256sum", "-c", "SHA256SUMS");
        assertThat(sums.exit).as(sums.output).isZero();
        assertThat(sums.output.lines()).hasSize(3).allSatisfy(l -> assertThat(l).endsWith(": OK"));
        Run one = run(RELEASE, Map.of("PATH", "/usr/bin:/bin"), "sha256sum", "-c", "parcours-" + version + ".jar.sha256");
        assertThat(one.exit).as(one.output).isZero();
    }

    @Test
    void versionCheckAndBuildRunWithOnlyAJreOnThePath() throws Exception {
        Run v = run(home, onlyJava(), "./parcours", "--version");
        assertThat(v.exit).as(v.output).isZero();
        assertThat(v.output).startsWith("parcours " + version + " (commit ");

        Path course = Project.root().resolve("course");
        Run check = run(home, onlyJava(), "./parcours", "check", course.toString());
        assertThat(check.exit).as(check.output).isZero();
        assertThat(check.output).contains(": 0 errors");

        Path out = tmp.resolve("dist");
        Run build = run(home, onlyJava(), "./parcours", "build", course.toString(), "--out", out.toString());
        assertThat(build.exit).as(build.output).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zip")).toList())
                    .hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void saysClearlyWhenNoJavaIsFound() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("no-java"));
        Run r = run(home, Map.of("PATH", empty.toString()), "./parcours", "--version");
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.output).contains("Java 17 or later is needed, and none was found").contains("apt-get install openjdk-17-jre-headless");
    }

    @Test
    void saysClearlyWhenJavaIsTooOld() throws Exception {
        Path old = Files.createDirectories(tmp.resolve("old-java"));
        Path fake = old.resolve("java");
        Files.writeString(fake, "#!/bin/sh\necho 'openjdk version \"11.0.22\" 2024-01-16' >&2\n");
        fake.toFile().setExecutable(true);
        Run r = run(home, Map.of("PATH", old.toString()), "./parcours", "--version");
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.output).contains("Java 17 or later is needed; " + fake + " is Java 11.0.22.");
    }

    record Run(int exit, String output) {}

    static Run run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        Path log = Files.createTempFile("parcours-run-", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        try {
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within 300 s");
            }
            return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}

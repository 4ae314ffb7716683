package org.parcours.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.BuildRequest;
import org.parcours.Fixtures;
import org.parcours.Parcours;

class ChecksumsTest {

    @Test
    void buildWritesOneSha256sumsThatSha256sumChecksFromTheOutputFolder(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("dist");
        var result = Parcours.build(Fixtures.MINIMAL, "minimal",
                new BuildRequest(List.of("web", "scorm12"), out, Optional.empty(), Optional.empty(), Optional.empty()), line -> {});
        assertThat(result.hasErrors()).as(result.diagnostics().toString()).isFalse();
        List<String> lines = Files.readAllLines(out.resolve("SHA256SUMS"), StandardCharsets.US_ASCII);
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).matches("[0-9a-f]{64}  [a-z0-9.-]+\\.zip"));
        for (String l : lines) {
            String name = l.substring(66);
            assertThat(l.substring(0, 64)).isEqualTo(ZipPacker.sha256(out.resolve(name)));
        }
        Process p = new ProcessBuilder("sha256sum", "-c", "SHA256SUMS").directory(out.toFile()).redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(said).isZero();
    }

    @Test
    void listsOnlyZipsThatAreStillThereSorted(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.zip"), "b");
        Files.writeString(dir.resolve("b.zip.sha256"), "bb  b.zip\n");
        Files.writeString(dir.resolve("a.zip"), "a");
        Files.writeString(dir.resolve("a.zip.sha256"), "aa  a.zip\n");
        Files.writeString(dir.resolve("gone.zip.sha256"), "cc  gone.zip\n");
        Checksums.writeSums(dir);
        assertThat(Files.readString(dir.resolve("SHA256SUMS"))).isEqualTo("aa  a.zip\nbb  b.zip\n");
    }
}

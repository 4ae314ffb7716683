package org.parcours.format.scorm12;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parcours.pack.ZipPacker;

class Scorm12DeterminismTest {
    private static final LocalDateTime TIME = LocalDateTime.of(2026, 11, 27, 0, 0);

    @ParameterizedTest
    @ValueSource(strings = {"single", "lesson"})
    void twoBuildsOfTheSameSourcesGiveTheSameSha256(String sco, @TempDir Path tmp) throws Exception {
        Path first = ZipPacker.write(ScormFixtures.build(ScormFixtures.course(ScormFixtures.MINI_MOOC), sco), tmp.resolve("a/course.zip"), TIME);
        Path second = ZipPacker.write(ScormFixtures.build(ScormFixtures.course(ScormFixtures.MINI_MOOC), sco), tmp.resolve("b/course.zip"), TIME);
        assertThat(ZipPacker.sha256(first)).isEqualTo(ZipPacker.sha256(second));
        assertThat(Files.readString(first.resolveSibling("course.zip.sha256")))
                .isEqualTo(ZipPacker.sha256(first) + "  course.zip\n")
                .isEqualTo(Files.readString(second.resolveSibling("course.zip.sha256")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "lesson"})
    void theManifestIsByteIdenticalAcrossBuilds(String sco) {
        assertThat(ScormFixtures.manifest(ScormFixtures.build(ScormFixtures.small(), sco)))
                .isEqualTo(ScormFixtures.manifest(ScormFixtures.build(ScormFixtures.small(), sco)));
    }
}

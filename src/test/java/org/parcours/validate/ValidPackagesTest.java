package org.parcours.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-made third-party-style packages of each standard pass without a single finding, as folders and as zips. */
class ValidPackagesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"valid-scorm12, SCORM12, 6", "valid-scorm2004, SCORM2004, 7", "valid-tincan, TINCAN, 3", "valid-cmi5, CMI5, 4"})
    void passesAThirdPartyStylePackageAsAFolder(String fixture, Standard standard, int files) {
        ValidationReport report = PackageValidator.validate(Fixtures.folder(fixture));
        assertThat(report.findings()).isEmpty();
        assertThat(report.standard()).isEqualTo(standard);
        assertThat(report.entries()).isEqualTo(files);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"valid-scorm12, SCORM12", "valid-scorm2004, SCORM2004", "valid-tincan, TINCAN", "valid-cmi5, CMI5"})
    void passesTheSamePackageZipped(String fixture, Standard standard) {
        Path zip = Fixtures.zip(tmp.resolve(fixture + ".zip"), Fixtures.files(fixture));
        ValidationReport report = PackageValidator.validate(zip);
        assertThat(report.findings()).isEmpty();
        assertThat(report.standard()).isEqualTo(standard);
        assertThat(report.packageName()).isEqualTo(fixture + ".zip");
        assertThat(report.bytes()).isEqualTo(Fixtures.files(fixture).values().stream().mapToLong(b -> b.length).sum());
    }
}

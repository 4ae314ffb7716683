package org.parcours.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Untrusted packages cost a finding, never a leak, a write outside, a crash or the machine's memory. */
class HostileInputTest {
    @TempDir
    Path tmp;

    @Test
    void refusesADoctypeWithoutReadingTheEntityItNames() {
        ValidationReport report = PackageValidator.validate(HostileZips.xxe(tmp));
        assertThat(report.findings()).extracting(Finding::code).contains("V413");
        assertThat(report.findings().toString()).doesNotContain("TOP-SECRET-42");
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void ignoresZipSlipEntriesAndWritesNothing() throws Exception {
        Path zip = HostileZips.BUILDERS.get("V406").apply(tmp);
        ValidationReport report = PackageValidator.validate(zip);
        assertThat(report.findings()).filteredOn(f -> f.code().equals("V406")).extracting(Finding::entry)
                .containsExactlyInAnyOrder("../../../tmp/parcours-zip-slip.sh", "/etc/cron.d/parcours-absolute", "shared\\win.js");
        assertThat(Path.of("/tmp/parcours-zip-slip.sh")).doesNotExist();
        assertThat(Files.list(tmp).toList()).containsExactly(zip);
        // the ignored entries are not counted as files of the package
        assertThat(report.entries()).isEqualTo(Fixtures.files("valid-scorm12").size());
    }

    @Test
    void stopsInflatingABombAtTheRatioLimit() {
        Path zip = HostileZips.BUILDERS.get("V405").apply(tmp);
        long before = usedMemory();
        ValidationReport report = PackageValidator.validate(zip);
        assertThat(report.findings()).filteredOn(f -> f.code().equals("V405")).singleElement()
                .satisfies(f -> assertThat(f.entry()).isEqualTo("shared/data.bin"));
        // the 24 MiB entry was counted, never held
        assertThat(usedMemory() - before).isLessThan(16L << 20);
    }

    @Test
    void stopsAtTheTotalSizeAndEntryCountLimits() {
        ValidationReport large = PackageValidator.validate(HostileZips.BUILDERS.get("V404").apply(tmp),
                HostileZips.LIMITS.get("V404"));
        assertThat(large.findings()).extracting(Finding::code).contains("V404");
        ValidationReport many = PackageValidator.validate(HostileZips.BUILDERS.get("V403").apply(tmp),
                HostileZips.LIMITS.get("V403"));
        assertThat(many.findings()).extracting(f -> f.headline("many.zip"))
                .containsExactly("many.zip: error V403: the zip holds 26 entries, more than the limit of 10");
    }

    @Test
    void reportsAFileThatIsNotAZipInsteadOfFailing() {
        ValidationReport report = PackageValidator.validate(HostileZips.BUILDERS.get("V401").apply(tmp));
        assertThat(report.findings()).extracting(Finding::code).containsExactly("V401");
        assertThat(report.standard()).isEqualTo(Standard.UNKNOWN);
    }

    @Test
    void catchesBytesAlteredAfterTheirChecksum() {
        ValidationReport report = PackageValidator.validate(HostileZips.corruptCrc(tmp));
        assertThat(report.findings()).filteredOn(f -> f.code().equals("V402")).extracting(Finding::entry)
                .containsExactly("shared/style.css");
    }

    @Test
    void reportsSymlinksWithoutFollowingThemInFolders() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("pkg"));
        for (var e : Fixtures.files("valid-scorm12").entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        Files.createSymbolicLink(dir.resolve("shared/passwd"), Path.of("/etc/passwd"));
        ValidationReport report = PackageValidator.validate(dir);
        assertThat(report.findings()).extracting(Finding::code).containsExactly("V414");
    }

    private static long usedMemory() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}

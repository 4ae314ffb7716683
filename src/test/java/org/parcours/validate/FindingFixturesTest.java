package org.parcours.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every finding code has a fixture, and the validator reports that code on it. */
class FindingFixturesTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> rules() {
        return Arrays.stream(Rule.values()).map(r -> Arguments.of(r.code(), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsEachCodeOnItsFixture(String code, Rule rule) {
        ValidationReport report = validate(code);
        assertThat(report.findings()).extracting(Finding::code).as(report.findings().toString()).contains(code);
        assertThat(report.findings()).filteredOn(f -> f.code().equals(code))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(rule.severity()));
        assertThat(report.hasErrors()).isEqualTo(report.findings().stream().anyMatch(Finding::isError));
    }

    @Test
    void everyCodeHasExactlyOneFixtureAndADescription() {
        for (Rule rule : Rule.values()) {
            boolean folder = Files.isDirectory(Fixtures.folder(rule.code()));
            boolean built = HostileZips.BUILDERS.containsKey(rule.code());
            assertThat(folder ^ built).as(rule.code() + " has one fixture").isTrue();
            if (folder) assertThat(Fixtures.packages().resolve(rule.code() + ".txt")).as(rule.code()).isRegularFile();
        }
    }

    @Test
    void codesAreUniqueAndInTheirFamily() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::code)).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("V[456][0-9]{2}"));
    }

    private ValidationReport validate(String code) {
        Path folder = Fixtures.folder(code);
        if (Files.isDirectory(folder)) return PackageValidator.validate(folder);
        Path zip = HostileZips.BUILDERS.get(code).apply(tmp);
        return PackageValidator.validate(zip, HostileZips.LIMITS.getOrDefault(code, Limits.defaults()));
    }
}

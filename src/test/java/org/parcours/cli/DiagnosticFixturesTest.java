package org.parcours.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parcours.Fixtures;
import org.parcours.diag.Code;

/**
 * Every diagnostic code has a fixture under invalid/CODE/ (an overlay on the minimal course) whose
 * expected.txt holds the whole printed line, position included; the run exits 1 on errors, 0 on warnings.
 * A code of a later stage than `check` (B4xx, found while building) gives its command in command.txt, one
 * argument a line, {out} standing for a scratch output folder; the course folder comes last.
 */
class DiagnosticFixturesTest {

    static Stream<Path> fixtures() {
        return Fixtures.invalidFixtures().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void printsTheExactDiagnosticLineAndExitCode(Path fixture, @TempDir Path tmp) {
        Path course = Fixtures.minimalWith(fixture, tmp);
        List<String> args = new java.util.ArrayList<>(List.of("check"));
        if (java.nio.file.Files.exists(fixture.resolve("command.txt"))) {
            args = new java.util.ArrayList<>(Fixtures.read(fixture.resolve("command.txt")).stream()
                    .map(a -> a.replace("{out}", tmp.resolve("out").toString())).toList());
        }
        args.addAll(List.of("--color", "never", course.toString()));
        Cli run = Cli.run(args.toArray(String[]::new));
        String shown = run.out().replace(course.toString(), "course");
        List<String> expected = Fixtures.read(fixture.resolve("expected.txt"));

        assertThat(expected).as("expected.txt of %s", fixture).isNotEmpty();
        assertThat(shown.lines()).containsAll(expected);
        boolean error = expected.stream().anyMatch(l -> l.contains(": error "));
        assertThat(run.exit()).isEqualTo(error ? 1 : 0);
        assertThat(run.err()).doesNotContain("Exception");
    }

    @org.junit.jupiter.api.Test
    void everyCourseCodeHasAFixture() {
        List<String> fixtures = Fixtures.invalidFixtures().stream().map(p -> p.getFileName().toString()).toList();
        List<String> courseCodes = Stream.of(Code.values()).map(Code::id).filter(id -> !id.startsWith("B")).toList();
        assertThat(fixtures).containsAll(courseCodes);
    }
}

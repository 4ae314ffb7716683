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
 * Course codes are found by `check`; the player's render codes (R…) by `build --format web`; another code of a
 * later stage (B4xx, found while building a format) gives its command in command.txt, one argument a line, {out}
 * standing for a scratch output folder; the course folder comes last.
 */
class DiagnosticFixturesTest {

    static Stream<Path> fixtures() {
        return Fixtures.invalidFixtures().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void printsTheExactDiagnosticLineAndExitCode(Path fixture, @TempDir Path tmp) {
        Cli run = runFixture(fixture, tmp);
        Path course = tmp.resolve("course");
        String shown = run.out().replace(course.toString(), "course");
        List<String> expected = Fixtures.read(fixture.resolve("expected.txt"));

        assertThat(expected).as("expected.txt of %s", fixture).isNotEmpty();
        assertThat(shown.lines()).containsAll(expected);
        boolean error = expected.stream().anyMatch(l -> l.contains(": error "));
        assertThat(run.exit()).isEqualTo(error ? 1 : 0);
        assertThat(run.err()).doesNotContain("Exception");
    }

    /** The same run in French: same positions, codes and exit code, French words, no message left in English. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void printsTheSameLinesInFrenchWithOnlyTheWordsTranslated(Path fixture, @TempDir Path tmp) {
        java.util.Set<String> missedBefore = org.parcours.i18n.Catalog.missed();
        Cli run = runFixture(fixture, tmp, "--lang", "fr");
        String shown = run.out().replace(tmp.resolve("course").toString(), "course");
        List<String> expected = Fixtures.read(fixture.resolve("expected.txt"));
        for (String line : expected) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?): (error|warning) ([A-Z]\\d{3}): (.*)$").matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            String french = (m.group(2).equals("error") ? "erreur" : "avertissement") + " " + m.group(3) + ": ";
            assertThat(shown.lines()).as("the French line of %s", line)
                    .anyMatch(l -> l.startsWith(m.group(1) + ": " + french) && !l.equals(line));
        }
        boolean error = expected.stream().anyMatch(l -> l.contains(": error "));
        assertThat(run.exit()).isEqualTo(error ? 1 : 0);
        java.util.Set<String> missed = new java.util.HashSet<>(org.parcours.i18n.Catalog.missed());
        missed.removeAll(missedBefore);
        assertThat(missed).as("messages printed in English in a French run").isEmpty();
    }

    private static Cli runFixture(Path fixture, Path tmp, String... extra) {
        Path course = Fixtures.minimalWith(fixture, tmp);
        // R codes come from rendering the player (course templates, theme): `build` reports them, `check` cannot
        Cli run;
        if (java.nio.file.Files.exists(fixture.resolve("command.txt"))) {
            List<String> args = new java.util.ArrayList<>(Fixtures.read(fixture.resolve("command.txt")).stream()
                    .map(a -> a.replace("{out}", tmp.resolve("out").toString())).toList());
            args.addAll(List.of(extra));
            args.addAll(List.of("--color", "never", course.toString()));
            run = Cli.run(args.toArray(String[]::new));
        } else if (fixture.getFileName().toString().startsWith("R")) {
            run = Cli.run(concat(extra, "build", "--color", "never", "--format", "web", "--out", tmp.resolve("dist").toString(), course.toString()));
        } else {
            run = Cli.run(concat(extra, "check", "--color", "never", course.toString()));
        }
        return run;
    }

    private static String[] concat(String[] extra, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(1, List.of(extra));
        return all.toArray(String[]::new);
    }

    @org.junit.jupiter.api.Test
    void everyCourseCodeHasAFixture() {
        List<String> fixtures = Fixtures.invalidFixtures().stream().map(p -> p.getFileName().toString()).toList();
        List<String> courseCodes = Stream.of(Code.values()).map(Code::id).filter(id -> !id.startsWith("B")).toList();
        assertThat(fixtures).containsAll(courseCodes);
    }
}

package org.parcours.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A French course typed with ordinary spaces: `check` stays quiet (the player puts the no-break spaces in), `fmt`
 * writes them into the sources, a second `fmt` changes nothing, and `fmt --check` tells CI which is which.
 */
class FmtCommandTest {
    private static final Path TYPED = Path.of("src/test/resources/courses/typo-fr");

    @Test
    void checkPrintsNoWarningForAFrenchCourseTypedWithOrdinarySpaces() {
        Cli run = Cli.run("check", "--color", "never", TYPED.toString());
        assertThat(run.out()).isEqualTo(TYPED + ": 0 errors, 0 warnings\n");
        assertThat(run.exit()).isZero();
    }

    @Test
    void checkWithTypographyPointsAtTheExactLineOfATitleInFrontMatterAndOfAQuizPrompt() {
        Cli run = Cli.run("check", "--typography", "--color", "never", TYPED.toString());
        assertThat(run.out().lines()).contains(
                TYPED + "/intro.md:2:18: warning T301: ordinary space in « title: \"Bienvenue : à quoi sert ce co… »",
                TYPED + "/01-premiers-pas/quiz.yaml:5:64: warning T301: ordinary space in « …oint d'interrogation ? »");
        assertThat(run.exit()).isZero();
    }

    @Test
    void fmtFixesTheSourcesAndASecondRunChangesNothing(@TempDir Path tmp) throws IOException {
        Path course = copy(TYPED, tmp.resolve("course"));
        Cli before = Cli.run("fmt", "--check", "--color", "never", course.toString());
        assertThat(before.exit()).isEqualTo(1);
        assertThat(before.out()).endsWith(course + ": 7 files to fix\n");

        Cli first = Cli.run("fmt", "--color", "never", course.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("fixed " + course + "/01-premiers-pas/quiz.yaml\n").endsWith(course + ": 7 files fixed\n");
        Map<String, String> once = contents(course);
        assertThat(once.get("01-premiers-pas/quiz.yaml")).contains("prompt: Quelle espace met-on avant un point d'interrogation\u202F?",
                "answers: [80 000, \"80000\"]");
        assertThat(once.get("01-premiers-pas/01-avant-la-ponctuation.md")).contains("`a ? b : c`", "https://example.org/?q=1");

        Cli second = Cli.run("fmt", "--color", "never", course.toString());
        assertThat(second.out()).isEqualTo(course + ": 0 files fixed\n");
        assertThat(contents(course)).isEqualTo(once);
        assertThat(Cli.run("fmt", "--check", course.toString()).exit()).isZero();
        assertThat(Cli.run("check", "--typography", "--color", "never", course.toString()).out())
                .isEqualTo(course + ": 0 errors, 0 warnings\n");
    }

    @Test
    void fmtLeavesACourseInAnotherLanguageAlone(@TempDir Path tmp) throws IOException {
        Path course = copy(Path.of("src/test/resources/courses/complete"), tmp.resolve("course"));
        Map<String, String> before = contents(course);
        assertThat(Cli.run("fmt", course.toString()).exit()).isZero();
        assertThat(contents(course)).isEqualTo(before);
    }

    @Test
    void fmtWithoutACourseSaysSoAndExits1(@TempDir Path tmp) {
        Cli run = Cli.run("fmt", "--color", "never", tmp.toString());
        assertThat(run.out()).startsWith(tmp + "/course.yaml:1:1: error P013: no course.yaml in this folder");
        assertThat(run.exit()).isEqualTo(1);
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }

    private static Map<String, String> contents(Path course) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(course)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (p.toString().endsWith(".md") || p.toString().endsWith(".yaml")) {
                    out.put(course.relativize(p).toString().replace('\\', '/'), Files.readString(p));
                }
            }
        }
        return out;
    }
}

package org.parcours.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.Fixtures;

class CliTest {

    @Test
    void validCourseChecksCleanWithExitZero() {
        Cli run = Cli.run("check", Fixtures.MINIMAL.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).endsWith(": 0 errors, 0 warnings\n");
    }

    @Test
    void textOutputMatchesTheGoldenFile(@TempDir Path tmp) throws Exception {
        Path course = Fixtures.minimalWith(Fixtures.INVALID.resolve("P003"), tmp);
        Cli run = Cli.run("check", "--color", "never", course.toString());
        String golden = Files.readString(Fixtures.RESOURCES.resolve("golden/check-output.txt"));
        assertThat(run.out().replace(course.toString(), "course")).isEqualTo(golden);
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void jsonOutputListsEveryDiagnosticWithPosition(@TempDir Path tmp) throws Exception {
        Path course = Fixtures.minimalWith(Fixtures.INVALID.resolve("P003"), tmp);
        Cli run = Cli.run("check", "--format", "json", course.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("errors").asInt()).isEqualTo(2);
        JsonNode unknown = json.get("diagnostics").get(1);
        assertThat(unknown.get("code").asText()).isEqualTo("P003");
        assertThat(unknown.get("line").asInt()).isEqualTo(2);
        assertThat(unknown.get("column").asInt()).isEqualTo(1);
        assertThat(unknown.get("hint").asText()).isEqualTo("did you mean 'title'?");
        assertThat(Cli.run("check", "--json", course.toString()).out()).isEqualTo(run.out());
    }

    @Test
    void quietPrintsErrorsOnlyAndNoSummary(@TempDir Path tmp) {
        Path course = Fixtures.minimalWith(Fixtures.INVALID.resolve("P009"), tmp);
        Cli run = Cli.run("check", "--quiet", course.toString());
        assertThat(run.out()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void reportsEveryProblemOfARunNotOnlyTheFirst(@TempDir Path tmp) throws Exception {
        Path course = Fixtures.minimalWith(Fixtures.INVALID.resolve("Q201"), tmp);
        Fixtures.copyTree(Fixtures.INVALID.resolve("L104"), course);
        Fixtures.copyTree(Fixtures.INVALID.resolve("P005"), course);
        Files.deleteIfExists(course.resolve("expected.txt"));
        Cli run = Cli.run("check", course.toString());
        assertThat(run.out()).contains("error Q201", "error L104", "error P005");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        Cli run = Cli.run("check", "--frobnicate");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'").contains("--help");
    }

    @Test
    void badStructureChoiceIsAUsageError() {
        Cli run = Cli.run("build", Fixtures.MINIMAL.toString(), "--sco", "chapter");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("parcours: Invalid value for option '--sco': expected one of single, lesson, not 'chapter'\n");
    }

    @Test
    void badChoicesOfEveryTypedOptionAreUsageErrorsListingTheCandidates() {
        assertThat(Cli.run("build", Fixtures.MINIMAL.toString(), "--au", "all").err())
                .startsWith("parcours: Invalid value for option '--au': expected one of single, lesson, not 'all'\n");
        assertThat(Cli.run("check", "--format", "xml").err())
                .startsWith("parcours: Invalid value for option '--format': expected one of text, json, not 'xml'\n");
        Cli colour = Cli.run("check", "--color", "sometimes");
        assertThat(colour.exit()).isEqualTo(2);
        assertThat(colour.err()).startsWith("parcours: Invalid value for option '--color': expected one of auto, always, never, not 'sometimes'\n");
    }

    @Test
    void mistypedSubcommandIsAUsageErrorThatSuggestsTheCommand() {
        Cli run = Cli.run("buidl", "course");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("parcours: Unmatched arguments from index 0: 'buidl', 'course'\n"
                + "Did you mean: parcours build or parcours validate?\n");
    }

    @Test
    void helpListsTheChoicesOfTypedOptions() {
        String help = Cli.run("build", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("Formats to build: web, scorm12, scorm2004, xapi, cmi5 (comma-separated)")
                .contains("SCORM structure (single, lesson)").contains("cmi5 structure (single, lesson)");
        assertThat(Cli.run("check", "--help").out().replaceAll("\\s+", " ")).contains("Output format: text, json.")
                .contains("Colour the output: auto, always, never");
    }

    @Test
    void aMissingPathIsAUsageErrorForEveryCommandAlike(@TempDir Path tmp) {
        String nowhere = tmp.resolve("nowhere").toString();
        for (String command : List.of("check", "build", "validate")) {
            Cli run = Cli.run(command, nowhere);
            assertThat(run.exit()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).startsWith("parcours: no such file or folder: " + nowhere + "\n");
        }
    }

    @Test
    void aFileInTheWayOfTheOutputFolderIsOneLineNamingItNotABug(@TempDir Path tmp) throws Exception {
        Path notADir = java.nio.file.Files.writeString(tmp.resolve("notadir"), "a file");
        Cli run = Cli.run("build", Fixtures.MINIMAL.toString(), "--format", "web", "--out", notADir.resolve("out").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("parcours: " + notADir.resolve("out") + ": Not a directory\n");
        assertThat(java.nio.file.Files.readString(notADir)).isEqualTo("a file");
    }

    @Test
    void sourceDateEpochIsWholeSecondsOrARefusal() {
        assertThat(BuildCommand.sourceDateEpoch("1767225600")).contains(java.time.LocalDateTime.of(2026, 1, 1, 0, 0));
        assertThat(BuildCommand.sourceDateEpoch(null)).isEmpty();
        assertThat(BuildCommand.sourceDateEpoch("")).isEmpty();
        for (String bad : List.of("tomorrow", "1767225600.5", "-1", " 12")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> BuildCommand.sourceDateEpoch(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(bad);
        }
    }

    @Test
    void everyCommandHelpShowsExamples() {
        for (String command : new String[] {"check", "build", "validate"}) {
            Cli run = Cli.run(command, "--help");
            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("Examples:").contains("parcours " + command);
        }
        assertThat(Cli.run("--help").out()).contains("Exit codes");
    }

    @Test
    void versionIsPrinted() {
        Cli run = Cli.run("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("parcours ");
    }

    @Test
    void buildOfACourseWithErrorsWritesNothing(@TempDir Path tmp) {
        Path course = Fixtures.minimalWith(Fixtures.INVALID.resolve("Q202"), tmp);
        Path out = tmp.resolve("dist");
        Cli run = Cli.run("build", course.toString(), "--out", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("error Q202");
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownFormatIsAUsageErrorListingTheFormats(@TempDir Path tmp) {
        Cli run = Cli.run("build", Fixtures.MINIMAL.toString(), "--format", "web,pdf", "--out", tmp.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("parcours: Invalid value for option '--format' (FORMAT): "
                + "expected one of web, scorm12, scorm2004, xapi, cmi5, not 'pdf'\n");
        assertThat(tmp).isEmptyDirectory();
    }
}

package org.parcours.format.scorm12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.cli.Main;
import org.parcours.model.Course;
import org.parcours.format.BuildOptions;
import org.parcours.model.Structure;
import picocli.CommandLine;

class SuspendDataBudgetTest {
    private static final Path B403 = org.parcours.Fixtures.INVALID.resolve("B403");

    /** The minimal course with the fixture of B403 on top: one quiz of twelve long fill-in answers. */
    private static Path overflowing(Path tmp) {
        return org.parcours.Fixtures.minimalWith(B403, tmp);
    }

    @Test
    void theMiniMoocsWorstCaseFitsInSuspendData() {
        Course mooc = ScormFixtures.course(ScormFixtures.MINI_MOOC);
        int single = SuspendDataBudget.worstCase(mooc).length();
        int lesson = SuspendDataBudget.worstCasePerUnit(mooc).length();
        System.out.printf("mini-MOOC suspend data worst case: %d characters with --sco single, %d with --sco lesson (limit %d)%n",
                single, lesson, SuspendDataBudget.LIMIT);
        assertThat(single).isLessThanOrEqualTo(SuspendDataBudget.LIMIT);
        assertThat(lesson).isLessThan(single);
    }

    @Test
    void theWorstCaseHoldsEveryUnitEveryQuizAtItsLastAttemptAndOnlyPrintableAscii() {
        Course course = ScormFixtures.small();
        String worst = SuspendDataBudget.worstCase(course);
        RefTable refs = SuspendDataBudget.refTable(course);
        String[] sections = worst.split("\\|", -1);
        assertThat(sections[2]).hasSize(SuspendDataBudget.unitIds(course).size() * refs.width());
        assertThat(sections).hasSize(3 + course.quizzes().size());
        assertThat(sections[3]).startsWith(refs.ref("first-steps-quiz") + ",2,2s,3,");
        assertThat(sections[4]).startsWith(refs.ref("assessment") + ",3,2s,3,");
        assertThat(worst).matches("[\\x20-\\x7e]+");
    }

    @Test
    void aFillInCostsItsInputLimitTimesTheLongestEscape() {
        String fillin = SuspendDataCodec.value(SuspendDataBudget.worstResponse(
                ScormFixtures.small().quizzes().get(0).questions().get(1)));
        assertThat(fillin).hasSize(1 + 40 * 5);
    }

    @Test
    void aPoolCountsTheDrawnQuestionsWithTheLongestAnswers() {
        // the assessment draws 3 of 5: the numeric (25 characters), the matching (2 pairs) and, of the two that
        // tie, the first in authoring order (multiple, 3 choices; the ordering has 3 items) encode longest
        String assessment = SuspendDataBudget.worstCase(ScormFixtures.small()).split("\\|")[4];
        RefTable refs = SuspendDataBudget.refTable(ScormFixtures.small());
        String drawn = assessment.split(",")[4];
        assertThat(drawn).hasSize(3 * refs.width()).contains(refs.ref("final-numeric"), refs.ref("final-matching"),
                refs.ref("final-multiple"));
    }

    @Test
    void refusesACourseWhoseStateCouldOverflowSaysByHowMuchAndWritesNothing(@TempDir Path tmp) {
        Path course = overflowing(tmp);
        Path out = tmp.resolve("out");
        StringWriter text = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(text));
        cli.setErr(new PrintWriter(text));
        int exit = cli.execute("build", course.toString(), "--format", "scorm12", "--out", out.toString(), "--verbose", "--color", "never");
        assertThat(exit).isEqualTo(1);
        assertThat(text.toString().lines().toList()).contains(
                "scorm12: suspend data worst case: 6301 of 4096 characters (--sco single)",
                course + "/course.yaml:1:1: error B403: a learner's saved state could take 6301 characters of"
                        + " cmi.suspend_data with --sco single; SCORM 1.2 allows 4096");
        assertThat(out).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }

    @Test
    void suggestsOneScoPerUnitWhenThatWouldFit(@TempDir Path tmp) throws Exception {
        // the twelve long answers split over two parts: the whole course overflows, each quiz alone fits
        Path dir = overflowing(tmp);
        Path quiz = dir.resolve("01-first-steps/quiz.yaml");
        String[] questions = Files.readString(quiz).split("(?m)^(?=  - id: long-answer-7$)");
        Files.writeString(quiz, questions[0]);
        Files.createDirectories(dir.resolve("02-second-part"));
        Files.writeString(dir.resolve("02-second-part/part.yaml"), "title: The second part\n");
        Files.writeString(dir.resolve("02-second-part/01-more.md"), "---\ntitle: More\nminutes: 1\n---\n\nMore.\n");
        Files.writeString(dir.resolve("02-second-part/quiz.yaml"), "title: More long answers\nquestions:\n" + questions[1]);
        Course course = ScormFixtures.course(dir);
        var r = new Scorm12Format(ScormFixtures.PLACEHOLDER_SCHEMAS).build(course, BuildOptions.defaults());
        int perUnit = SuspendDataBudget.worstCasePerUnit(course).length();
        assertThat(perUnit).isLessThanOrEqualTo(SuspendDataBudget.LIMIT);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code().id()).isEqualTo("B403");
            assertThat(d.hint()).isEqualTo("build with --sco lesson: each lesson and quiz then keeps its own state (at most "
                    + perUnit + " characters)");
        });
        assertThat(new Scorm12Format(ScormFixtures.PLACEHOLDER_SCHEMAS).build(course, new BuildOptions(Structure.LESSON, Structure.SINGLE)).hasErrors())
                .isFalse();
    }

    @Test
    void givesTheGeneralHintWhenEvenOneUnitOverflows(@TempDir Path tmp) {
        var r = new Scorm12Format(ScormFixtures.PLACEHOLDER_SCHEMAS).build(ScormFixtures.course(overflowing(tmp)),
                BuildOptions.defaults());
        assertThat(r.diagnostics()).singleElement().satisfies(d -> assertThat(d.hint()).startsWith("lower 'draw'"));
    }

    @Test
    void reportsTheFigureInVerboseNotes() {
        List<String> notes = new ArrayList<>();
        new Scorm12Format(ScormFixtures.PLACEHOLDER_SCHEMAS).build(ScormFixtures.small(), new BuildOptions(Structure.LESSON, Structure.SINGLE), notes::add);
        assertThat(notes).singleElement().asString()
                .matches("suspend data worst case: \\d+ of 4096 characters \\(--sco lesson\\)");
    }

    @Test
    void theFixtureOfB403PassesTheCourseChecks(@TempDir Path tmp) {
        assertThat(Files.exists(B403.resolve("expected.txt"))).isTrue();
        ScormFixtures.course(overflowing(tmp));
    }
}

package org.parcours.format.scorm2004;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parcours.Parcours;
import org.parcours.diag.Result;
import org.parcours.format.BuildOptions;
import org.parcours.format.Formats;
import org.parcours.format.scorm12.SuspendDataBudget;
import org.parcours.model.Course;
import org.parcours.model.Structure;
import org.parcours.pack.ZipPacker;
import org.parcours.tree.FileTree;
import org.parcours.validate.PackageValidator;
import org.parcours.validate.Standard;
import org.parcours.validate.ValidationReport;

/**
 * SCORM 2004 packages of the mini-MOOC, with the project's real control files: they pass Parcours' own validator
 * without a single finding, zips are reproducible, and the sequencing says what docs/scorm2004.md promises.
 */
class Scorm2004FormatTest {
    private static final Path MINI_MOOC = Path.of("course");
    private static final LocalDateTime TIME = LocalDateTime.of(2026, 11, 27, 0, 0);

    private static Course course() {
        Result<Course> r = Parcours.check(MINI_MOOC, MINI_MOOC.toString());
        assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
        return r.value().orElseThrow();
    }

    private static FileTree build(Course course, Structure sco) {
        Result<FileTree> r = new Scorm2004Format().build(course, new BuildOptions(sco, Structure.SINGLE));
        assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
        return r.value().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Structure.class)
    void buildsAPackageThatItsOwnValidatorPassesWithoutAFinding(Structure sco, @TempDir Path tmp) throws Exception {
        Path zip = ZipPacker.write(build(course(), sco), tmp.resolve("course.zip"), TIME);
        ValidationReport report = PackageValidator.validate(zip);
        assertThat(report.findings()).isEmpty();
        assertThat(report.standard()).isEqualTo(Standard.SCORM2004);
    }

    @ParameterizedTest
    @EnumSource(Structure.class)
    void twoBuildsOfTheSameSourcesGiveTheSameSha256(Structure sco, @TempDir Path tmp) throws Exception {
        Path first = ZipPacker.write(build(course(), sco), tmp.resolve("a/course.zip"), TIME);
        Path second = ZipPacker.write(build(course(), sco), tmp.resolve("b/course.zip"), TIME);
        assertThat(ZipPacker.sha256(first)).isEqualTo(ZipPacker.sha256(second));
    }

    @Test
    void isOneOfTheBuiltInFormats() {
        assertThat(Formats.builtIn().named("scorm2004")).get().isInstanceOf(Scorm2004Format.class);
    }

    @Test
    void writesTheFourthEditionSchemaversionAndTheControlFiles() {
        FileTree tree = build(course(), Structure.SINGLE);
        String manifest = tree.text(Scorm2004Format.MANIFEST).orElseThrow();
        assertThat(manifest).contains("<schemaversion>2004 4th Edition</schemaversion>")
                .contains("adlcp:scormType=\"sco\" href=\"index.html\"")
                .contains("<imsss:controlMode choice=\"true\" flow=\"true\"/>");
        assertThat(tree.files().keySet()).contains("imscp_v1p1.xsd", "adlcp_v1p3.xsd", "adlseq_v1p3.xsd",
                "adlnav_v1p3.xsd", "imsss_v1p0.xsd", "ims_xml.xsd");
    }

    @Test
    void locksTheAssessmentUntilEveryPartsLessonsAreCompletedThroughGlobalObjectives() {
        Course course = course();
        assertThat(course.settings().lockAssessment()).isTrue();
        String manifest = build(course, Structure.LESSON).text(Scorm2004Format.MANIFEST).orElseThrow();
        String part = course.iri() + "/" + course.parts().get(0).id().value() + "#lessons-completed";
        // the part writes "its lessons are completed" to its global objective…
        assertThat(manifest).contains("<imsss:mapInfo targetObjectiveID=\"" + part + "\" readSatisfiedStatus=\"false\""
                + " readNormalizedMeasure=\"false\" writeSatisfiedStatus=\"true\"/>");
        // …which the assessment reads, disabled while one part is unknown or not satisfied
        assertThat(manifest).contains("<imsss:mapInfo targetObjectiveID=\"" + part + "\" readSatisfiedStatus=\"true\""
                + " readNormalizedMeasure=\"false\"/>");
        assertThat(manifest).contains("<imsss:ruleAction action=\"disabled\"/>")
                .contains("adlseq:objectivesGlobalToSystem=\"false\"")
                // part quizzes do not count for their part's "lessons completed", pages are not tracked
                .contains("<imsss:rollupRules rollupObjectiveSatisfied=\"false\"/>")
                .contains("<imsss:deliveryControls tracked=\"false\"/>");
        long parts = course.parts().stream().filter(p -> !p.lessons().isEmpty()).count();
        assertThat(manifest.split("condition=\"objectiveStatusKnown\"", -1)).hasSize((int) parts + 1);
    }

    @Test
    void measuresTheMiniMoocsSuspendDataAgainstTheSixtyFourThousandCharacters() {
        Course course = course();
        int single = SuspendDataBudget.worstCase(course).length();
        int lesson = SuspendDataBudget.worstCasePerUnit(course).length();
        System.out.printf("mini-MOOC SCORM 2004 suspend data worst case: %d characters with --sco single, %d with --sco lesson"
                + " (limit %d)%n", single, lesson, Scorm2004Format.SUSPEND_DATA_LIMIT);
        assertThat(single).isLessThanOrEqualTo(Scorm2004Format.SUSPEND_DATA_LIMIT);
    }
}

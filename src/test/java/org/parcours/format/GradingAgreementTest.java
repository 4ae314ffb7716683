package org.parcours.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parcours.BuildRequest;
import org.parcours.Fixtures;
import org.parcours.Parcours;
import org.parcours.model.Course;
import org.parcours.model.Grading;
import org.parcours.model.Quiz;
import org.parcours.model.Structure;

/**
 * One grading rule (model/Grading) in every package: with passingScore 60 in course.yaml and 90 in
 * assessment.yaml, the assessment alone counts and the course's pass mark is 90 in the SCORM manifest, in
 * cmi5.xml and in the player data of every format.
 */
class GradingAgreementTest {
    private static final Pattern PLAYER_DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"parcours-data\">(.*?)</script>", Pattern.DOTALL);

    private static Path course(Path tmp, boolean withAssessment) throws IOException {
        Path course = Fixtures.minimalWith(null, tmp);
        Path yaml = course.resolve("course.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("passingScore: 80", "passingScore: 60"));
        Path assessment = course.resolve("assessment.yaml");
        if (withAssessment) {
            Files.writeString(assessment, Files.readString(assessment).replace("passingScore: 80", "passingScore: 90"));
        } else {
            Files.delete(assessment);
        }
        return course;
    }

    private static String entry(Path zip, String name) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            var e = z.getEntry(name);
            assertThat(e).as("%s in %s", name, zip.getFileName()).isNotNull();
            return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode grading(String html) throws IOException {
        Matcher m = PLAYER_DATA.matcher(html);
        assertThat(m.find()).isTrue();
        return new ObjectMapper().readTree(m.group(1)).at("/course/grading");
    }

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @ParameterizedTest
    @EnumSource(Structure.class)
    void theAssessmentsPassMarkIsTheCoursesInEveryFormat(Structure structure, @TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("dist");
        var r = Parcours.build(course(tmp, true), "course", new BuildRequest(Formats.builtIn().names(), out,
                Optional.of(structure), Optional.of(structure), Optional.empty()), line -> {});
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        String page = structure == Structure.SINGLE ? "index.html" : "units/assessment.html";
        for (String format : Formats.builtIn().names()) {
            Path zip = out.resolve("minimal-1.2.0-" + format + ".zip");
            String launch = format.equals("web") || format.equals("xapi") ? "index.html" : page;
            JsonNode grading = grading(entry(zip, launch));
            assertThat(grading.get("passMark").asInt()).as(format).isEqualTo(90);
            assertThat(grading.get("quizzes").toString()).as(format).isEqualTo("[\"assessment\"]");
        }
        // one unit: the course's pass mark; one unit per lesson and quiz: each quiz's own (the part's quiz keeps
        // course.yaml's 60 as its default, the assessment unit says 90)
        boolean single = structure == Structure.SINGLE;
        String manifest = entry(out.resolve("minimal-1.2.0-scorm12.zip"), "imsmanifest.xml");
        assertThat(all(Pattern.compile("<adlcp:masteryscore>(\\d+)</adlcp:masteryscore>"), manifest))
                .containsExactlyElementsOf(single ? List.of("90") : List.of("60", "90"));
        String cmi5 = entry(out.resolve("minimal-1.2.0-cmi5.zip"), "cmi5.xml");
        assertThat(all(Pattern.compile("masteryScore=\"([0-9.]+)\""), cmi5))
                .containsExactlyElementsOf(single ? List.of("0.9") : List.of("0.6", "0.9"));
    }

    @Test
    void withoutAnAssessmentEveryPartQuizCountsAgainstTheCoursesPassMark(@TempDir Path tmp) throws IOException {
        Course course = Parcours.check(course(tmp, false), "course").value().orElseThrow();
        Grading grading = course.grading();
        assertThat(grading.counted()).extracting(Quiz::isAssessment).containsOnly(false).isNotEmpty();
        assertThat(grading.counted()).hasSize(course.quizzes().size());
        assertThat(grading.mastery()).contains(60);
    }
}

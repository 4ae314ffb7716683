package org.parcours.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.Fixtures;
import org.parcours.diag.Result;
import org.parcours.model.Block;
import org.parcours.model.Course;
import org.parcours.model.Lesson;
import org.parcours.model.Question;
import org.parcours.model.Quiz;
import org.parcours.model.Reference;

class CourseLoaderTest {

    private static Course minimal() {
        Result<Course> r = CourseLoader.load(Fixtures.MINIMAL, "course");
        assertThat(r.diagnostics()).isEmpty();
        return r.value().orElseThrow();
    }

    @Test
    void readsCourseMetadataAndSettings() {
        Course c = minimal();
        assertThat(c.iri()).isEqualTo("https://example.org/courses/minimal");
        assertThat(c.id().value()).isEqualTo("minimal");
        assertThat(c.metadata().version()).isEqualTo("1.2.0");
        assertThat(c.metadata().date()).hasToString("2026-01-15");
        assertThat(c.metadata().keywords()).containsExactly("example", "parcours");
        assertThat(c.settings().passingScore()).isEqualTo(80);
        assertThat(c.settings().lockAssessment()).isTrue();
    }

    @Test
    void idsComeFromSlugsWithoutTheirNumericPrefix() {
        Course c = minimal();
        assertThat(c.parts()).singleElement().satisfies(p -> {
            assertThat(p.id().value()).isEqualTo("first-steps");
            assertThat(p.lessons()).extracting(l -> l.id().value()).containsExactly("welcome", "going-further");
            assertThat(p.quiz().map(q -> q.id().value())).contains("first-steps-quiz");
        });
        assertThat(c.intro().map(i -> i.id().value())).contains("intro");
        assertThat(c.appendices()).extracting(p -> p.id().value()).containsExactly("glossary");
    }

    @Test
    void explicitIdOverridesTheFileSlug(@TempDir Path tmp) throws Exception {
        Path course = Fixtures.minimalWith(null, tmp);
        Path lesson = course.resolve("01-first-steps/01-welcome.md");
        Files.writeString(lesson, Files.readString(lesson).replace("minutes: 5\n", "minutes: 5\nid: stable-name\n"));
        Course c = CourseLoader.load(course, "course").value().orElseThrow();
        assertThat(c.lessons().get(0).id().value()).isEqualTo("stable-name");
    }

    @Test
    void insertingALessonKeepsOtherIds(@TempDir Path tmp) throws Exception {
        Path course = Fixtures.minimalWith(null, tmp);
        Files.writeString(course.resolve("01-first-steps/00-before.md"), "---\ntitle: Before\n---\n\nNew text.\n");
        Course c = CourseLoader.load(course, "course").value().orElseThrow();
        assertThat(c.lessons()).extracting(l -> l.id().value()).containsExactly("before", "welcome", "going-further");
    }

    @Test
    void bodyKnowsItsBlocksHeadingsAndReferencesWithFilePositions() {
        Lesson welcome = minimal().lessons().get(0);
        assertThat(welcome.body().blocks()).hasAtLeastOneElementOfType(Block.Callout.class)
                .hasAtLeastOneElementOfType(Block.Details.class);
        assertThat(welcome.body().headings()).extracting(h -> h.anchor()).containsExactly("parts-and-lessons", "quizzes");
        Reference image = welcome.body().references().stream()
                .filter(r -> r.kind() == Reference.Kind.IMAGE).findFirst().orElseThrow();
        assertThat(image.path()).contains("assets/folder.svg");
        assertThat(image.text()).isEqualTo("A diagram of a course folder");
        assertThat(image.pos().line()).isEqualTo(15);
        Reference link = welcome.body().references().stream()
                .filter(r -> r.kind() == Reference.Kind.LINK).findFirst().orElseThrow();
        assertThat(link.path()).contains("01-first-steps/02-going-further.md");
        assertThat(link.anchor()).contains("media-and-files");
    }

    @Test
    void mediaAndDownloadBlocksResolveTheirFilesFromTheLessonFolder() {
        Lesson further = minimal().lessons().get(1);
        assertThat(further.body().blocks()).anySatisfy(b -> {
            assertThat(b).isInstanceOf(Block.Media.class);
            Block.Media m = (Block.Media) b;
            assertThat(m.src()).isEqualTo("assets/clip.mp4");
            assertThat(m.captions()).isEqualTo("assets/clip.vtt");
        });
        assertThat(further.body().blocks()).anySatisfy(b -> assertThat(b).isInstanceOf(Block.Download.class));
    }

    @Test
    void readsEveryQuestionKind() {
        Quiz assessment = minimal().assessment().orElseThrow();
        assertThat(assessment.questions()).extracting(Question::type)
                .containsExactly("multiple", "fillin", "matching", "ordering", "numeric");
        assertThat(assessment.draw()).isEqualTo(3);
        assertThat(assessment.isPool()).isTrue();
        Question.FillIn fill = (Question.FillIn) assessment.questions().get(1);
        assertThat(fill.ignoreCase()).isTrue();
        assertThat(fill.ignoreAccents()).isFalse();
        Question.SingleChoice single = (Question.SingleChoice) minimal().parts().get(0).quiz().orElseThrow().questions().get(0);
        assertThat(single.choices()).extracting(c -> c.id().value()).containsExactly("a", "b");
        assertThat(single.choices().get(1).feedback()).isPresent();
    }

    @Test
    void anchorsDropAccentsAndApostrophes() {
        assertThat(MarkdownBody.foldForAnchor("La transparence, d’abord")).isEqualTo("La transparence dabord");
    }
}

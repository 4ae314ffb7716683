package org.parcours.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parcours.Fixtures;
import org.parcours.Parcours;
import org.parcours.diag.Result;
import org.parcours.model.Block;
import org.parcours.model.Course;
import org.parcours.model.Heading;
import org.parcours.model.Lesson;
import org.parcours.model.Part;
import org.parcours.model.Question;
import org.parcours.model.Quiz;
import org.parcours.model.Reference;

/** The shipped mini-MOOC meets the structure its brief asks for (issue 3), counted from the loaded model. */
class MiniMoocTest {
    private static Result<Course> checked;
    private static Course course;

    @BeforeAll
    static void load() {
        checked = Parcours.check(Fixtures.MINI_MOOC, "course");
        course = checked.value().orElseThrow();
    }

    @Test
    void checksWithNoErrorAndNoWarning() {
        assertThat(checked.diagnostics()).isEmpty();
    }

    @Test
    void isAFrenchCourseUnderCcBySa() {
        assertThat(course.language()).isEqualTo("fr");
        assertThat(course.metadata().licence()).isEqualTo("CC-BY-SA-4.0");
        assertThat(course.intro()).as("opening page").isPresent();
    }

    @Test
    void hasFourPartsOfThreeLessons() {
        assertThat(course.parts()).hasSize(4).allSatisfy(p -> assertThat(p.lessons()).hasSize(3));
    }

    @Test
    void keepsTheBriefsTitlesWordForWord() throws Exception {
        Path briefFile = org.parcours.testing.Shared.path("brief/mini-mooc-participation-des-habitants.txt");
        org.parcours.testing.Needs.file(briefFile, "the course brief", "it lives in shared/brief/ beside the clone");
        String brief = plain(Files.readString(briefFile));
        for (Part p : course.parts()) {
            assertThat(brief).as("part title from the brief").contains("Partie " + p.number() + " : " + plain(p.title()));
        }
        for (Part p : course.parts().subList(0, 3)) {
            for (Lesson l : p.lessons()) assertThat(brief).as("lesson title from the brief").contains("- " + plain(l.title()));
        }
    }

    @Test
    void everyLessonHasObjectivesLengthSectionsAKeyPointsBoxAFieldSituationAndReferences() {
        for (Lesson l : course.lessons()) {
            String name = l.source();
            assertThat(l.objectives()).as("objectives of %s", name).hasSizeBetween(3, 4);
            assertThat(l.body().words()).as("words in %s", name).isBetween(700, 1200);
            assertThat(l.body().headings().stream().filter(h -> h.level() == 2).count()).as("sections of %s", name)
                    .isGreaterThanOrEqualTo(3);
            assertThat(callouts(l, "À retenir")).as("« À retenir » boxes in %s", name).isEqualTo(1);
            assertThat(callouts(l, "Sur le terrain")).as("field situations in %s", name).isGreaterThanOrEqualTo(1);
            assertThat(furtherReading(l)).as("« Pour aller plus loin » references in %s", name).hasSizeBetween(2, 6);
        }
    }

    @Test
    void partQuizzesHoldSixToEightQuestionsAndTheAssessmentDrawsFifteenOfAtLeastTwentyFour() {
        for (Part p : course.parts()) {
            assertThat(p.quiz()).as("quiz of %s", p.id()).isPresent();
            assertThat(p.quiz().get().questions()).hasSizeBetween(6, 8);
        }
        Quiz assessment = course.assessment().orElseThrow();
        assertThat(assessment.questions().size()).isGreaterThanOrEqualTo(24);
        assertThat(assessment.draw()).isEqualTo(15);
        assertThat(assessment.passingScore()).isEqualTo(70);
        assertThat(course.settings().passingScore()).isEqualTo(70);
    }

    @Test
    void usesAtLeastFiveQuestionTypes() {
        Set<String> types = course.quizzes().stream().flatMap(q -> q.questions().stream()).map(Question::type)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(types).containsAll(List.of("single", "multiple", "truefalse", "matching", "ordering", "fillin"));
    }

    @Test
    void everyQuestionExplainsItsAnswerAndPointsToALesson() {
        for (Quiz quiz : course.quizzes()) {
            for (Question q : quiz.questions()) {
                assertThat(q.info().lesson()).as("lesson of %s", q.id()).isPresent();
                assertThat(q.info().correctFeedback()).as("feedback of %s", q.id()).isPresent();
                assertThat(q.info().incorrectFeedback()).as("feedback of %s", q.id()).isPresent();
            }
        }
    }

    @Test
    void hasAGlossaryAndASourcesPage() {
        assertThat(course.appendices()).extracting(p -> p.id().value()).contains("glossaire", "sources");
        List<String> glossary = course.appendices().get(0).body().headings().stream()
                .filter(h -> h.level() == 3).map(Heading::text).toList();
        assertThat(glossary).contains("Concertation", "Consultation", "Co-construction", "Codécision",
                "Budget participatif", "Conseil de quartier", "Conseil citoyen", "Civic tech", "Fracture numérique",
                "Illectronisme", "Médiation numérique");
    }

    @Test
    void hasFourToSixOwnIllustrationsEachWithAltTextAndATextEquivalent() throws Exception {
        List<String> svgs = course.assets().stream().map(a -> a.path()).filter(p -> p.endsWith(".svg")).toList();
        assertThat(svgs).hasSizeBetween(4, 6);
        for (String svg : svgs) {
            Lesson user = course.lessons().stream().filter(l -> l.body().references().stream()
                    .anyMatch(r -> r.kind() == Reference.Kind.IMAGE && r.path().orElse("").equals(svg)))
                    .findFirst().orElseThrow(() -> new AssertionError(svg + " is used by no lesson"));
            assertThat(user.body().blocks()).as("text equivalent for %s", svg)
                    .anySatisfy(b -> assertThat(b).isInstanceOf(Block.Details.class));
            String xml = Files.readString(course.root().resolve(svg));
            assertThat(xml).as(svg).contains("role=\"img\"").contains("<title");
        }
    }

    /** The brief is typed with ordinary spaces; the course rightly uses no-break ones. */
    private static String plain(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static long callouts(Lesson l, String title) {
        return l.body().blocks().stream().filter(b -> b instanceof Block.Callout c && c.title().equals(title)).count();
    }

    private static List<String> furtherReading(Lesson l) {
        for (Block b : l.body().blocks()) {
            if (!(b instanceof Block.Prose p)) continue;
            int at = p.markdown().indexOf("## Pour aller plus loin");
            if (at < 0) continue;
            return p.markdown().substring(at).lines().filter(line -> line.matches("^\\s*([-*]|\\d+\\.)\\s+\\S.*")).toList();
        }
        return List.of();
    }

}

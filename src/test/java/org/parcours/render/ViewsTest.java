package org.parcours.render;

import org.parcours.model.Unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcours.model.Course;

/** The view records the templates receive: what each one shows, in the UI language of the course. */
class ViewsTest {
    private static final Course COURSE = RenderFixtures.course("courses/complete");
    private static final Map<String, String> EN = UiStrings.forLanguage("en");
    private static final Views VIEWS = new Views(COURSE, EN, new Routes(COURSE));
    private static final List<Unit> UNITS = COURSE.units();

    private static Unit unit(String id) {
        return UNITS.stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyUnitOfTheOutlineCarriesItsIriMadeOfTheCourseIriAndStableSlugs() {
        String c = COURSE.iri();
        assertThat(UNITS).extracting(Unit::id, Unit::iri).containsExactly(
                org.assertj.core.groups.Tuple.tuple("intro", c + "/intro"), org.assertj.core.groups.Tuple.tuple("basics", c + "/basics"),
                org.assertj.core.groups.Tuple.tuple("first-steps", c + "/basics/first-steps"),
                org.assertj.core.groups.Tuple.tuple("going-further", c + "/basics/going-further"),
                org.assertj.core.groups.Tuple.tuple("basics-quiz", c + "/basics/basics-quiz"),
                org.assertj.core.groups.Tuple.tuple("assessment", c + "/assessment"),
                org.assertj.core.groups.Tuple.tuple("glossary", c + "/glossary"));
    }

    @Test
    void unitsFollowTheCourseOrder() {
        assertThat(UNITS).extracting(Unit::id, Unit::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("intro", "page"), org.assertj.core.groups.Tuple.tuple("basics", "part"),
                org.assertj.core.groups.Tuple.tuple("first-steps", "lesson"), org.assertj.core.groups.Tuple.tuple("going-further", "lesson"),
                org.assertj.core.groups.Tuple.tuple("basics-quiz", "quiz"), org.assertj.core.groups.Tuple.tuple("assessment", "quiz"),
                org.assertj.core.groups.Tuple.tuple("glossary", "page"));
    }

    @Test
    void theMenuNestsLessonsAndQuizUnderTheirPart() {
        List<MenuEntry> menu = VIEWS.menu(UNITS);
        assertThat(menu).extracting(MenuEntry::id).containsExactly("intro", "basics", "assessment", "glossary");
        MenuEntry part = menu.get(1);
        assertThat(part.label()).isEqualTo("Part 1");
        assertThat(part.children()).extracting(MenuEntry::id, MenuEntry::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple("first-steps", ""), org.assertj.core.groups.Tuple.tuple("going-further", ""),
                org.assertj.core.groups.Tuple.tuple("basics-quiz", "Quiz"));
        assertThat(menu.get(2).label()).isEqualTo("Final assessment");
    }

    @Test
    void aLessonViewSaysWhereItIsAndHowLongItTakes() {
        LessonView lesson = VIEWS.lesson(unit("going-further"), "");
        assertThat(lesson.kicker()).isEqualTo("Part 1 · Lesson 2");
        assertThat(lesson.minutes()).isEqualTo(4);
        assertThat(lesson.blocks()).hasSize(1).first().isInstanceOf(BlockView.Prose.class);
        assertThat(VIEWS.lesson(unit("glossary"), "").kind()).isEqualTo("page");
    }

    @Test
    void aQuizViewHoldsEveryQuestionOfThePoolWithAuthoringIndexes() {
        QuizView assessment = VIEWS.quiz(unit("assessment"));
        assertThat(assessment.assessment()).isTrue();
        assertThat(assessment.questions()).hasSize(5);
        QuizView basics = VIEWS.quiz(unit("basics-quiz"));
        assertThat(basics.kicker()).isEqualTo("Part 1 · Quiz");
        QuestionView matching = basics.questions().get(4);
        assertThat(matching.sources()).extracting(QuestionView.Option::index, QuestionView.Option::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "Inform"), org.assertj.core.groups.Tuple.tuple(1, "Consult"),
                        org.assertj.core.groups.Tuple.tuple(2, "Decide"));
        assertThat(matching.targets()).extracting(QuestionView.Option::domId).containsExactly(
                "Q-basics-matching-t0", "Q-basics-matching-t1", "Q-basics-matching-t2");
        QuestionView trueFalse = basics.questions().get(2);
        assertThat(trueFalse.options()).extracting(QuestionView.Option::value, QuestionView.Option::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("true", "True"), org.assertj.core.groups.Tuple.tuple("false", "False"));
    }

    @Test
    void domIdsCannotClashWithHeadingAnchorsWhichAreLowerCase() {
        QuizView basics = VIEWS.quiz(unit("basics-quiz"));
        assertThat(basics.questions()).allSatisfy(q -> assertThat(q.domId()).startsWith("Q-"));
        COURSE.lessons().forEach(l -> l.body().headings().forEach(h -> assertThat(h.anchor()).isLowerCase()));
    }
}

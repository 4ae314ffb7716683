package org.parcours.format.cmi5;

import java.math.BigDecimal;
import org.parcours.model.Course;
import org.parcours.model.Iris;
import org.parcours.model.Unit;
import org.parcours.model.Lesson;
import org.parcours.model.Part;
import org.parcours.model.Quiz;
import org.parcours.model.Structure;
import org.parcours.format.Texts;
import org.parcours.format.cmi5.structure.Au;
import org.parcours.format.cmi5.structure.Block;
import org.parcours.format.cmi5.structure.CourseStructure;
import org.parcours.format.cmi5.structure.Text;

/**
 * Builds cmi5.xml. {@code single}: one AU for the whole course, launched at index.html, moveOn
 * CompletedAndPassed with the course's passing score when the course is graded, else Completed. {@code lesson}:
 * a block per part holding one AU per lesson (moveOn Completed) and one for its quiz (moveOn Passed with the
 * quiz's passing score), the final assessment as a last AU; each AU launches its unit page.
 */
final class Cmi5Structure {
    static final String SINGLE_LAUNCH = "index.html";

    private final Course course;
    private final Iris iris;
    private final String lang;

    private Cmi5Structure(Course course) {
        this.course = course;
        this.iris = course.iris();
        this.lang = course.language();
    }

    static CourseStructure of(Course course, Structure au) {
        Cmi5Structure s = new Cmi5Structure(course);
        return au == Structure.LESSON ? s.perLesson() : s.single();
    }


    private CourseStructure root() {
        return new CourseStructure(iris.course(), text(course.title()), text(describe(course.metadata().description(), course.title())));
    }

    private CourseStructure single() {
        var grading = course.grading();
        boolean graded = grading.graded();
        return root().add(new Au(iris.course() + "/au", text(course.title()),
                text(describe(course.metadata().description(), course.title())), SINGLE_LAUNCH,
                graded ? Au.MoveOn.CompletedAndPassed : Au.MoveOn.Completed,
                grading.mastery().map(Cmi5Structure::mastery).orElse(null)));
    }

    private CourseStructure perLesson() {
        CourseStructure root = root();
        Block block = null;
        for (Unit u : course.units()) {
            switch (u.kind()) {
                case Unit.PART -> {
                    Part part = (Part) u.source();
                    block = new Block(u.iri(), text(part.title()), text(describe(part.summary(), part.title())));
                    root.add(block);
                }
                case Unit.LESSON -> {
                    Lesson lesson = (Lesson) u.source();
                    block.add(new Au(u.iri(), text(lesson.title()),
                            text(describe(Texts.objectives(lesson.objectives(), lang), lesson.title())),
                            unitPage(u.id()), Au.MoveOn.Completed, null));
                }
                case Unit.QUIZ -> {
                    if (u.part().isPresent()) block.add(quizAu(u));
                    else root.add(quizAu(u));
                }
                default -> { } // opening and appendix pages are not tracked
            }
        }
        return root;
    }

    private Au quizAu(Unit unit) {
        Quiz quiz = (Quiz) unit.source();
        boolean graded = quiz.passingScore() > 0;
        return new Au(unit.iri(), text(quiz.title()), text(describe(quiz.intro(), quiz.title())),
                unitPage(quiz.id().value()), graded ? Au.MoveOn.Passed : Au.MoveOn.Completed,
                graded ? mastery(quiz.passingScore()) : null);
    }

    /** The unit pages of the player (docs/runtime.md: units/&lt;unit-id&gt;.html). */
    static String unitPage(String unitId) {
        return "units/" + unitId + ".html";
    }

    /** 70 % → 0.7: cmi5 §13.1.4 masteryScore is a scaled decimal. */
    static BigDecimal mastery(int percent) {
        return BigDecimal.valueOf(percent).movePointLeft(2).stripTrailingZeros();
    }

    private static String describe(String description, String fallback) {
        return description == null || description.isBlank() ? fallback.strip() : description.strip();
    }

    private Text text(String s) {
        return new Text(lang, s.strip());
    }
}

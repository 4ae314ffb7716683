package org.parcours.format.scorm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parcours.model.Course;
import org.parcours.model.Id;
import org.parcours.model.Part;
import org.parcours.model.Quiz;
import org.parcours.model.Unit;

/**
 * The units of a SCORM package with --sco lesson, in course order, as both SCORM manifests lay them out: the
 * opening page, each part grouping its lessons and quiz, the final assessment, the appendix pages. Lessons and
 * quizzes are SCOs; pages are not tracked. Launch pages follow docs/runtime.md.
 */
public final class ScoOutline {
    /** The launch page of the whole course with --sco single. */
    public static final String SINGLE_LAUNCH = "index.html";

    /** One node of the outline. */
    public sealed interface Node permits Page, Lesson, QuizUnit, PartGroup {}

    /** An opening or appendix page: launched as an asset, never tracked. */
    public record Page(Id id, String title) implements Node {}

    /** A lesson: a SCO that reports completion only. */
    public record Lesson(Id id, String title) implements Node {}

    /** A quiz, of a part or the course's final assessment ({@code assessment}). */
    public record QuizUnit(Quiz quiz, boolean assessment) implements Node {
        /** The pass mark in percent, empty when the quiz is not graded. */
        public Optional<Integer> mastery() {
            return quiz.passingScore() > 0 ? Optional.of(quiz.passingScore()) : Optional.empty();
        }
    }

    /** A part: a group that launches nothing. */
    public record PartGroup(Part part, List<Node> children) implements Node {
        public PartGroup {
            children = List.copyOf(children);
        }
    }

    private ScoOutline() {}

    /** The course outline ({@link Course#units()}) with each part grouping the units inside it. */
    public static List<Node> of(Course course) {
        List<Node> nodes = new ArrayList<>();
        Part open = null;
        List<Node> inPart = new ArrayList<>();
        for (Unit u : course.units()) {
            if (open != null && u.part().isEmpty()) {
                nodes.add(new PartGroup(open, inPart));
                open = null;
            }
            switch (u.kind()) {
                case Unit.PART -> {
                    open = (Part) u.source();
                    inPart = new ArrayList<>();
                }
                case Unit.LESSON -> inPart.add(new Lesson(new Id(u.id()), u.title()));
                case Unit.QUIZ -> {
                    Quiz q = (Quiz) u.source();
                    (u.part().isPresent() ? inPart : nodes).add(new QuizUnit(q, q.isAssessment()));
                }
                default -> nodes.add(new Page(new Id(u.id()), u.title()));
            }
        }
        if (open != null) nodes.add(new PartGroup(open, inPart));
        return List.copyOf(nodes);
    }

    /** The launch page of a unit with --sco lesson (docs/runtime.md: units/&lt;unit-id&gt;.html). */
    public static String unitPage(Id unit) {
        return "units/" + unit.value() + ".html";
    }

    /** The pass mark of the single SCO: the course's ({@link org.parcours.model.Grading}, docs/grading.md). */
    public static Optional<Integer> courseMastery(Course course) {
        return course.grading().mastery();
    }
}

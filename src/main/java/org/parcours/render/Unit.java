package org.parcours.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parcours.model.Course;
import org.parcours.model.Lesson;
import org.parcours.model.Page;
import org.parcours.model.Part;
import org.parcours.model.Quiz;

/**
 * One screen of the player, in course order: the opening page, then each part's opening page, lessons and quiz,
 * then the final assessment, then the appendix pages. {@code part} is empty outside parts; {@code number} is the
 * lesson's position in its part (0 for other kinds).
 */
record Unit(String id, String kind, String title, Optional<Part> part, int number, Object source) {

    static final String PAGE = "page";
    static final String PART = "part";
    static final String LESSON = "lesson";
    static final String QUIZ = "quiz";

    static List<Unit> all(Course course) {
        List<Unit> out = new ArrayList<>();
        course.intro().ifPresent(p -> out.add(page(p)));
        for (Part part : course.parts()) {
            out.add(new Unit(part.id().value(), PART, part.title(), Optional.empty(), 0, part));
            int n = 0;
            for (Lesson l : part.lessons()) {
                out.add(new Unit(l.id().value(), LESSON, l.title(), Optional.of(part), ++n, l));
            }
            part.quiz().ifPresent(q -> out.add(quiz(q, Optional.of(part))));
        }
        course.assessment().ifPresent(q -> out.add(quiz(q, Optional.empty())));
        course.appendices().forEach(p -> out.add(page(p)));
        return List.copyOf(out);
    }

    /** The units that get a page of their own when a package wants one per unit (docs/runtime.md). */
    boolean hasUnitPage() {
        return !kind.equals(PART);
    }

    /** The IRI of the unit: course IRI + "/" + part id [+ "/" + lesson or quiz id]; pages and the assessment hang off the course. */
    String iri(String courseIri) {
        if (kind.equals(PART)) return courseIri + "/" + id;
        return part.map(p -> courseIri + "/" + p.id().value() + "/" + id).orElse(courseIri + "/" + id);
    }

    private static Unit page(Page p) {
        return new Unit(p.id().value(), PAGE, p.title(), Optional.empty(), 0, p);
    }

    private static Unit quiz(Quiz q, Optional<Part> part) {
        return new Unit(q.id().value(), QUIZ, q.title(), part, 0, q);
    }
}

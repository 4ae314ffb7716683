package org.parcours.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One unit of the course outline, in course order ({@link Course#units()}): the opening page, then each part's
 * opening page, its lessons and its quiz, then the final assessment, then the appendix pages. {@code kind} is
 * one of {@link #PAGE}, {@link #PART}, {@link #LESSON}, {@link #QUIZ} (the player's data uses these words);
 * {@code part} is empty outside parts; {@code number} is a lesson's position in its part (0 for other kinds);
 * {@code source} the model record (Page, Part, Lesson or Quiz); {@code iri} its activity IRI ({@link Iris}).
 * The player, the SCORM manifest, the suspend-data budget, cmi5.xml and tincan.xml all walk this list.
 */
public record Unit(String id, String kind, String title, Optional<Part> part, int number, Object source, String iri) {

    public static final String PAGE = "page";
    public static final String PART = "part";
    public static final String LESSON = "lesson";
    public static final String QUIZ = "quiz";

    static List<Unit> of(Course course, Iris iris) {
        List<Unit> out = new ArrayList<>();
        course.intro().ifPresent(p -> out.add(page(p, iris)));
        for (Part part : course.parts()) {
            out.add(new Unit(part.id().value(), PART, part.title(), Optional.empty(), 0, part, iris.part(part)));
            int n = 0;
            for (Lesson l : part.lessons()) {
                out.add(new Unit(l.id().value(), LESSON, l.title(), Optional.of(part), ++n, l, iris.lesson(part, l)));
            }
            part.quiz().ifPresent(q -> out.add(quiz(q, Optional.of(part), iris)));
        }
        course.assessment().ifPresent(q -> out.add(quiz(q, Optional.empty(), iris)));
        course.appendices().forEach(p -> out.add(page(p, iris)));
        return List.copyOf(out);
    }

    /** The units that a package with one SCO or AU per unit launches on a page of their own (all but parts). */
    public boolean hasUnitPage() {
        return !kind.equals(PART);
    }

    public boolean is(String kind) {
        return this.kind.equals(kind);
    }

    private static Unit page(Page p, Iris iris) {
        return new Unit(p.id().value(), PAGE, p.title(), Optional.empty(), 0, p, iris.page(p));
    }

    private static Unit quiz(Quiz q, Optional<Part> part, Iris iris) {
        return new Unit(q.id().value(), QUIZ, q.title(), part, 0, q, iris.quiz(q, part));
    }
}

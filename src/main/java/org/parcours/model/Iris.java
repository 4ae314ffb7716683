package org.parcours.model;

import java.util.Optional;

/**
 * The activity IRIs of a course, from its IRI and the stable slugs only: course, course/part,
 * course/part/lesson, course/part/quiz, quiz/question; the final assessment and the pages sit directly under the
 * course. The same sources always give the same IRIs, so an LRS keeps learners' records across rebuilds. The one
 * place they are made: the player's data, cmi5.xml and tincan.xml read them from here ({@link Course#iris()},
 * {@link Unit#iri()}).
 */
public final class Iris {
    private final String course;

    Iris(String courseIri) {
        this.course = courseIri;
    }

    /** Exactly the course's id from course.yaml. */
    public String course() {
        return course;
    }

    public String part(Part part) {
        return course + "/" + part.id();
    }

    public String lesson(Part part, Lesson lesson) {
        return part(part) + "/" + lesson.id();
    }

    public String page(Page page) {
        return course + "/" + page.id();
    }

    /** A part's quiz under its part; the course's final assessment ({@code part} empty) under the course. */
    public String quiz(Quiz quiz, Optional<Part> part) {
        return part.map(this::part).orElse(course) + "/" + quiz.id();
    }

    public static String question(String quizIri, Question question) {
        return quizIri + "/" + question.id();
    }
}

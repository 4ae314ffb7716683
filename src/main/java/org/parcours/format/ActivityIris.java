package org.parcours.format;

import org.parcours.model.Course;
import org.parcours.model.Lesson;
import org.parcours.model.Part;
import org.parcours.model.Question;
import org.parcours.model.Quiz;

/**
 * The activity IRIs of a course, from its IRI and the stable slugs only (docs/runtime.md): course, course/part,
 * course/part/lesson, course/part/quiz, quiz/question; the final assessment sits directly under the course. The
 * same sources always give the same IRIs, so an LRS keeps learners' records across rebuilds.
 */
public final class ActivityIris {
    private final Course course;

    public ActivityIris(Course course) {
        this.course = course;
    }

    /** Exactly the course's id, as the player's data gives it (render/Unit.iri): statements and manifests agree. */
    public String course() {
        return course.iri();
    }

    public String part(Part part) {
        return course() + "/" + part.id();
    }

    public String lesson(Part part, Lesson lesson) {
        return part(part) + "/" + lesson.id();
    }

    /** A part's quiz under its part; the course's final assessment under the course. */
    public String quiz(Quiz quiz) {
        return course.parts().stream().filter(p -> p.quiz().filter(q -> q == quiz).isPresent()).findFirst()
                .map(p -> part(p) + "/" + quiz.id())
                .orElse(course() + "/" + quiz.id());
    }

    public String question(Quiz quiz, Question question) {
        return quiz(quiz) + "/" + question.id();
    }
}

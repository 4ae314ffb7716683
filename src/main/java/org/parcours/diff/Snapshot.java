package org.parcours.diff;

import java.util.ArrayList;
import java.util.List;
import org.parcours.model.Iris;
import org.parcours.format.scorm12.SuspendDataBudget;
import org.parcours.model.Course;
import org.parcours.model.Part;
import org.parcours.model.Question;
import org.parcours.model.Quiz;
import org.parcours.model.Structure;

/**
 * What an LMS and a learner's saved state depend on in one version of a course: its IRI, its tracked units and
 * questions with their ids, IRIs and pass marks, how many SCOs/AUs its packages have, and the width of the
 * references that SCORM 1.2 suspend data uses. A {@code fingerprint} is the content without the id, so that the
 * same content under a new id reads as a rename.
 */
record Snapshot(String iri, int passingScore, int scos, int aus, int referenceWidth, List<Unit> units) {

    /** A lesson, quiz or question; {@code passMark} is -1 for what is not graded. */
    record Unit(String kind, String id, String iri, String title, String fingerprint, int passMark) {}

    Snapshot {
        units = List.copyOf(units);
    }

    static Snapshot of(Course course, Fingerprints fingerprints) {
        Iris iris = course.iris();
        List<Unit> units = new ArrayList<>();
        for (Part part : course.parts()) {
            part.lessons().forEach(l -> units.add(new Unit("lesson", l.id().value(), iris.lesson(part, l), l.title(),
                    fingerprints.lesson(course, l), -1)));
        }
        for (Quiz quiz : course.quizzes()) {
            units.add(new Unit(quiz.isAssessment() ? "assessment" : "quiz", quiz.id().value(), course.unitOf(quiz).iri(), quiz.title(),
                    Fingerprints.quiz(quiz), quiz.passingScore()));
            for (Question q : quiz.questions()) {
                units.add(new Unit("question", q.id().value(), Iris.question(course.unitOf(quiz).iri(), q), q.info().prompt(),
                        quiz.id().value() + "\n" + Fingerprints.question(q), -1));
            }
        }
        int perLesson = course.lessons().size() + course.quizzes().size();
        var build = course.settings().build();
        return new Snapshot(course.iri(), course.grading().passMark(),
                build.sco() == Structure.LESSON ? perLesson : 1, build.au() == Structure.LESSON ? perLesson : 1,
                SuspendDataBudget.referenceWidth(course), units);
    }
}

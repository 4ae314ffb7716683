package org.parcours.model;

import java.util.List;
import java.util.Optional;

/**
 * The course's grading rule, in one place; the SCORM manifest, cmi5.xml, the player's data and player.js read it
 * from here (docs/grading.md).
 * <ul>
 *   <li><b>Which quizzes count</b> toward the course result: the final assessment when the course has one, else
 *       every part's quiz.</li>
 *   <li><b>The pass mark</b> of the course: the final assessment's {@code passingScore} when it counts alone
 *       (assessment.yaml's, which defaults to course.yaml's), else course.yaml's {@code passingScore}.</li>
 *   <li><b>The course score</b> is the mean of the counted quizzes' best scores, in percent: the best attempt of a
 *       quiz counts, so a score never goes down and a course once passed is never reported failed.</li>
 *   <li><b>Passed</b> when the course score reaches the pass mark. This is exactly what an LMS concludes from the
 *       pass mark declared as SCORM's {@code adlcp:masteryscore} or cmi5's {@code masteryScore} (SCORM 1.2 RTE
 *       3.4.2.1.7; cmi5 §9.6.2.3), so the player and the LMS never disagree.</li>
 *   <li>A course is <b>graded</b> when its pass mark is above 0 and some quiz counts; otherwise completing its
 *       lessons completes it, with no pass or fail.</li>
 * </ul>
 * Each quiz keeps its own {@code passingScore} for its own result (its page, its SCO or AU with
 * {@code --sco lesson} or {@code --au lesson}).
 */
public record Grading(List<Quiz> counted, int passMark) {

    public Grading {
        counted = List.copyOf(counted);
    }

    public static Grading of(Course course) {
        if (course.assessment().isPresent()) {
            Quiz assessment = course.assessment().get();
            return new Grading(List.of(assessment), assessment.passingScore());
        }
        return new Grading(course.parts().stream().flatMap(p -> p.quiz().stream()).toList(),
                course.settings().passingScore());
    }

    public boolean graded() {
        return passMark > 0 && !counted.isEmpty();
    }

    /** The pass mark in percent as the LMS is told it, when the course is graded. */
    public Optional<Integer> mastery() {
        return graded() ? Optional.of(passMark) : Optional.empty();
    }
}

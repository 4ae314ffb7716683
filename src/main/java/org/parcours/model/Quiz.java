package org.parcours.model;

import java.util.List;
import java.util.Optional;
import org.parcours.diag.SourcePos;

/**
 * A quiz: a part's quiz or the course's final assessment. {@code draw} is the number of questions drawn per
 * attempt (equal to the number of questions when there is no pool); {@code maxAttempts} 0 means unlimited.
 */
public record Quiz(
        Id id, String title, String intro, int passingScore, int maxAttempts, boolean shuffle, int draw,
        Optional<String> passedFeedback, Optional<String> failedFeedback,
        List<Question> questions, boolean isAssessment, String source, SourcePos pos) {

    public Quiz {
        questions = List.copyOf(questions);
    }

    public boolean isPool() {
        return draw < questions.size();
    }
}

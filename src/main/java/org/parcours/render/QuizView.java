package org.parcours.render;

import java.util.List;

/**
 * A quiz as quiz.ftlh renders it: every question of the pool (the runtime shows those drawn for the attempt).
 * {@code kicker} is the line above the title.
 */
public record QuizView(String id, String kicker, String title, String intro, boolean assessment,
                       List<QuestionView> questions) {
    public QuizView {
        questions = List.copyOf(questions);
    }
}

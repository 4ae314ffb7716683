package org.parcours.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.parcours.model.Course;
import org.parcours.model.Part;
import org.parcours.model.Question;
import org.parcours.model.Quiz;

/**
 * What the player hands to {@code tracker.answer} when a learner answers a question right or wrong, in the
 * neutral form of docs/runtime.md ("Interaction"), built from the course model.
 */
final class Answers {
    private Answers() {}

    static Map<String, Object> of(Course course, Quiz quiz, Question q, boolean right) {
        String base = course.iri().replaceAll("/$", "");
        Part part = course.parts().stream().filter(p -> p.quiz().filter(x -> x == quiz).isPresent()).findFirst().orElse(null);
        String quizIri = part == null ? base + "/" + quiz.id() : base + "/" + part.id() + "/" + quiz.id();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quizId", quiz.id().value());
        m.put("quizIri", quizIri);
        m.put("questionId", q.id().value());
        m.put("questionIri", quizIri + "/" + q.id());
        m.put("type", q.type());
        m.put("prompt", q.info().prompt());
        if (part != null) m.put("part", part.id().value());
        if (q instanceof Question.SingleChoice s) choices(m, s.choices(), right, false);
        else if (q instanceof Question.MultipleChoice s) choices(m, s.choices(), right, true);
        else if (q instanceof Question.TrueFalse t) {
            m.put("correct", t.answer());
            m.put("response", right == t.answer());
        } else if (q instanceof Question.FillIn f) {
            m.put("correct", f.answers());
            m.put("response", right ? f.answers().get(0) : "quelque chose d’autre");
        } else if (q instanceof Question.Matching mt) {
            int n = mt.pairs().size();
            m.put("sources", mt.pairs().stream().map(Question.Pair::left).toList());
            m.put("targets", mt.pairs().stream().map(Question.Pair::right).toList());
            m.put("correct", IntStream.range(0, n).mapToObj(i -> List.of(i, i)).toList());
            m.put("response", IntStream.range(0, n).mapToObj(i -> List.of(i, right ? i : (i + 1) % n)).toList());
        } else if (q instanceof Question.Ordering o) {
            int n = o.items().size();
            m.put("items", o.items());
            m.put("correct", IntStream.range(0, n).boxed().toList());
            m.put("response", IntStream.range(0, n).map(i -> right ? i : n - 1 - i).boxed().toList());
        } else if (q instanceof Question.Numeric num) {
            m.put("correct", Map.of("min", num.answer() - num.tolerance(), "max", num.answer() + num.tolerance()));
            m.put("response", right ? num.answer() : num.answer() + num.tolerance() + 1000);
        }
        m.put("success", right);
        m.put("points", right ? q.info().points() : 0);
        m.put("maxPoints", q.info().points());
        m.put("latencyMs", 4321);
        m.put("timestamp", java.time.Instant.now().toString());
        return m;
    }

    private static void choices(Map<String, Object> m, List<Question.Choice> choices, boolean right, boolean many) {
        m.put("choices", choices.stream().map(c -> Map.of("id", c.id().value(), "text", c.text())).toList());
        List<Integer> correct = new ArrayList<>();
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) (choices.get(i).correct() ? correct : wrong).add(i);
        m.put("correct", correct);
        m.put("response", right ? (many ? correct : correct.subList(0, 1)) : wrong.subList(0, 1));
    }

    /** A quiz attempt's result, as the player hands it to {@code tracker.score}. */
    static Map<String, Object> result(double scaled, int passingScore, int attempt) {
        return Map.of("scaled", scaled, "raw", Math.round(scaled * 100), "min", 0, "max", 100,
                "passed", scaled * 100 >= passingScore, "attempt", attempt, "durationMs", 65000);
    }
}

package org.parcours.render;

import org.parcours.model.Iris;
import org.parcours.model.Unit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.parcours.model.Course;
import org.parcours.model.Lesson;
import org.parcours.model.Question;
import org.parcours.model.Quiz;

/**
 * The course data every page embeds in {@code <script type="application/json" id="parcours-data">}, in the shape
 * docs/runtime.md fixes: course, adapter, scope, units, quizzes. Questions carry their correct answers in the
 * neutral form of the contract (0-based indexes in the authoring order), which the quiz engine grades against
 * and the adapters report.
 */
final class PlayerData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlayerData() {}

    /** The data as JSON that is safe inside a script element: no "<" can close it early. */
    static String json(Course course, List<Unit> units, String adapter, String scope) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode c = root.putObject("course");
        c.put("id", course.iri());
        c.put("slug", course.id().value());
        c.put("title", course.title());
        c.put("language", course.language());
        c.put("version", course.metadata().version());
        // the course's grading rule (model/Grading): player.js judges the course with it, as the LMS does
        var grading = course.grading();
        ObjectNode g = c.putObject("grading");
        g.put("passMark", grading.passMark());
        ArrayNode counted = g.putArray("quizzes");
        grading.counted().forEach(q -> counted.add(q.id().value()));
        c.put("lockAssessment", course.settings().lockAssessment());
        root.put("adapter", adapter);
        root.put("scope", scope);
        ArrayNode list = root.putArray("units");
        ObjectNode quizzes = root.putObject("quizzes");
        for (Unit u : units) {
            ObjectNode n = list.addObject();
            n.put("id", u.id());
            n.put("kind", u.kind());
            u.part().ifPresent(p -> n.put("part", p.id().value()));
            n.put("title", u.title());
            n.put("iri", u.iri());
            if (u.source() instanceof Lesson l) n.put("minutes", l.minutes());
            if (u.source() instanceof Quiz q) {
                n.put("assessment", q.isAssessment());
                quizzes.set(u.id(), quiz(q, u.iri(), u.part().map(p -> p.id().value())));
            }
        }
        try {
            return JSON.writeValueAsString(root).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    private static ObjectNode quiz(Quiz q, String iri, Optional<String> part) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", q.id().value());
        n.put("title", q.title());
        n.put("iri", iri);
        part.ifPresent(p -> n.put("part", p));
        n.put("passingScore", q.passingScore());
        n.put("maxAttempts", q.maxAttempts());
        n.put("draw", q.draw());
        n.put("shuffle", q.shuffle());
        n.put("assessment", q.isAssessment());
        ObjectNode feedback = n.putObject("feedback");
        q.passedFeedback().ifPresent(f -> feedback.put("passed", f));
        q.failedFeedback().ifPresent(f -> feedback.put("failed", f));
        ArrayNode questions = n.putArray("questions");
        for (Question question : q.questions()) questions.add(question(question, iri));
        return n;
    }

    private static ObjectNode question(Question q, String quizIri) {
        ObjectNode n = JSON.createObjectNode();
        var info = q.info();
        n.put("id", q.id().value());
        n.put("iri", Iris.question(quizIri, q));
        n.put("type", q.type());
        n.put("prompt", info.prompt());
        n.put("points", info.points());
        info.lesson().ifPresent(l -> n.put("lesson", l.value()));
        ObjectNode feedback = n.putObject("feedback");
        info.correctFeedback().ifPresent(f -> feedback.put("correct", f));
        info.incorrectFeedback().ifPresent(f -> feedback.put("incorrect", f));
        if (q instanceof Question.SingleChoice s) {
            choices(n, s.choices());
        } else if (q instanceof Question.MultipleChoice m) {
            choices(n, m.choices());
        } else if (q instanceof Question.TrueFalse tf) {
            n.put("correct", tf.answer());
        } else if (q instanceof Question.FillIn f) {
            ArrayNode accepted = n.putArray("correct");
            f.answers().forEach(accepted::add);
            n.put("ignoreCase", f.ignoreCase());
            n.put("ignoreAccents", f.ignoreAccents());
        } else if (q instanceof Question.Matching m) {
            ArrayNode sources = n.putArray("sources");
            ArrayNode targets = n.putArray("targets");
            ArrayNode correct = n.putArray("correct");
            for (int i = 0; i < m.pairs().size(); i++) {
                sources.add(m.pairs().get(i).left());
                targets.add(m.pairs().get(i).right());
                correct.addArray().add(i).add(i);
            }
        } else if (q instanceof Question.Ordering o) {
            ArrayNode items = n.putArray("items");
            ArrayNode correct = n.putArray("correct");
            for (int i = 0; i < o.items().size(); i++) {
                items.add(o.items().get(i));
                correct.add(i);
            }
        } else if (q instanceof Question.Numeric num) {
            n.putObject("correct").put("min", num.answer() - num.tolerance()).put("max", num.answer() + num.tolerance());
        } else {
            throw new IllegalStateException("a question type the player does not know: " + q.type());
        }
        return n;
    }

    private static void choices(ObjectNode n, List<Question.Choice> choices) {
        ArrayNode list = n.putArray("choices");
        ArrayNode correct = n.putArray("correct");
        for (int i = 0; i < choices.size(); i++) {
            Question.Choice c = choices.get(i);
            ObjectNode choice = list.addObject();
            choice.put("id", c.id().value());
            choice.put("text", c.text());
            c.feedback().ifPresent(f -> choice.put("feedback", f));
            if (c.correct()) correct.add(i);
        }
    }
}

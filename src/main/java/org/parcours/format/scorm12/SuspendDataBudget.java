package org.parcours.format.scorm12;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.parcours.model.Course;
import org.parcours.model.Unit;
import org.parcours.model.Part;
import org.parcours.model.Question;
import org.parcours.model.Quiz;

/**
 * The largest suspend data a course can produce, computed at build time by encoding the worst State with the
 * adapter's codec: every unit done, every quiz at its last attempt (unlimited attempts counted at the codec's
 * cap) with the best score, and for each quiz the drawn questions whose answers encode longest — every choice
 * ticked, every pair and item placed, fill-ins typed to their input limit with characters that all need
 * escaping, numbers in their longest JavaScript spelling.
 */
public final class SuspendDataBudget {
    /** SCORM 1.2 RTE 3.4.4: cmi.suspend_data is a CMIString4096; Moodle in standards mode enforces it. */
    public static final int LIMIT = 4096;
    /** The longest text JavaScript's String(number) gives: "-0.0000012345678901234567". */
    static final double LONGEST_NUMBER = -0.0000012345678901234567;
    /** A character that needs the longest escape ('~' and four hex digits). */
    private static final char COSTLY_CHAR = '\u2019';
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SuspendDataBudget() {}

    /** The worst-case encoded suspend data of the course (its length is the figure to report). */
    public static String worstCase(Course course) {
        return SuspendDataCodec.encode(worstState(course), refTable(course));
    }

    /**
     * The largest suspend data of one SCO with --sco lesson, where each unit page keeps the state of its own unit
     * only (docs/runtime.md): the worst over the units.
     */
    public static String worstCasePerUnit(Course course) {
        RefTable refs = refTable(course);
        String worst = "";
        for (String unit : unitIds(course)) {
            ObjectNode state = NODES.objectNode();
            state.put("v", 1);
            state.put("loc", unit);
            state.putArray("done").add(unit);
            ObjectNode quizzes = state.putObject("quiz");
            course.quizzes().stream().filter(q -> q.id().value().equals(unit))
                    .forEach(q -> quizzes.set(unit, worstQuiz(q)));
            String encoded = SuspendDataCodec.encode(state, refs);
            if (encoded.length() > worst.length()) worst = encoded;
        }
        return worst;
    }

    /** Every id the runtime can refer to: the course data's units and questions (docs/runtime.md). */
    static RefTable refTable(Course course) {
        return RefTable.of(ids(course));
    }

    /**
     * The width of the references to ids in this course's suspend data: a learner's state saved with another
     * width is not read back, so `parcours diff` reports a change of it.
     */
    public static int referenceWidth(Course course) {
        return RefTable.of(ids(course)).width();
    }

    static List<String> ids(Course course) {
        List<String> ids = new ArrayList<>(unitIds(course));
        course.quizzes().forEach(q -> q.questions().forEach(x -> ids.add(x.id().value())));
        return ids;
    }

    static List<String> unitIds(Course course) {
        return course.units().stream().map(Unit::id).toList();
    }

    static ObjectNode worstState(Course course) {
        ObjectNode state = NODES.objectNode();
        state.put("v", 1);
        List<String> units = unitIds(course);
        state.put("loc", units.isEmpty() ? "" : units.get(units.size() - 1));
        ArrayNode done = state.putArray("done");
        units.forEach(done::add);
        ObjectNode quizzes = state.putObject("quiz");
        for (Quiz quiz : course.quizzes()) quizzes.set(quiz.id().value(), worstQuiz(quiz));
        return state;
    }

    private static ObjectNode worstQuiz(Quiz quiz) {
        ObjectNode q = NODES.objectNode();
        q.put("n", quiz.maxAttempts() == 0 ? SuspendDataCodec.MAX_ATTEMPTS_STORED : quiz.maxAttempts());
        q.put("best", 100);
        q.put("passed", true);
        List<Question> drawn = quiz.questions().stream()
                .sorted(Comparator.comparingInt((Question x) -> -SuspendDataCodec.value(worstResponse(x)).length()))
                .limit(quiz.draw())
                .toList();
        ArrayNode ids = q.putArray("drawn");
        drawn.forEach(x -> ids.add(x.id().value()));
        ObjectNode answers = q.putObject("answers");
        drawn.forEach(x -> answers.set(x.id().value(), worstResponse(x)));
        q.put("submitted", true);
        return q;
    }

    /** The response of this question that takes the most characters once encoded. */
    static JsonNode worstResponse(Question question) {
        if (question instanceof Question.SingleChoice s) return indexes(Stream.of(s.choices().size() - 1));
        if (question instanceof Question.MultipleChoice m) {
            return indexes(Stream.iterate(0, i -> i + 1).limit(m.choices().size()));
        }
        if (question instanceof Question.TrueFalse) return NODES.booleanNode(false);
        if (question instanceof Question.FillIn f) return NODES.textNode(String.valueOf(COSTLY_CHAR).repeat(f.maxLength()));
        if (question instanceof Question.Matching m) {
            ArrayNode pairs = NODES.arrayNode();
            int k = m.pairs().size();
            for (int i = 0; i < k; i++) pairs.addArray().add(i).add(k - 1 - i);
            return pairs;
        }
        if (question instanceof Question.Ordering o) {
            return indexes(Stream.iterate(o.items().size() - 1, i -> i - 1).limit(o.items().size()));
        }
        if (question instanceof Question.Numeric) return NODES.numberNode(LONGEST_NUMBER);
        throw new IllegalStateException("a question kind without a worst case: " + question.type());
    }

    private static ArrayNode indexes(Stream<Integer> indexes) {
        ArrayNode a = NODES.arrayNode();
        indexes.forEach(a::add);
        return a;
    }
}

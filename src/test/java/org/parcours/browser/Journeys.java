package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.parcours.model.Course;
import org.parcours.model.Lesson;
import org.parcours.model.Part;
import org.parcours.model.Question;
import org.parcours.model.Quiz;

/** What the xAPI and cmi5 journeys share: the learner's moves through a course and reading the LRS's record. */
final class Journeys {
    static final String ADL = "http://adlnet.gov/expapi/verbs/";

    private Journeys() {}

    static Map<String, Object> unit(Course course, Part part, Lesson lesson) {
        String base = course.iri().replaceAll("/$", "");
        return Map.of("id", lesson.id().value(), "kind", "lesson", "part", part.id().value(), "title", lesson.title(),
                "iri", base + "/" + part.id() + "/" + lesson.id());
    }

    /** Reads every lesson, in order, saving the state as the player does. */
    static Map<String, Object> readLessons(Learner l, Course course, int howMany) {
        List<String> done = new ArrayList<>();
        Map<String, Object> state = new LinkedHashMap<>();
        int total = course.lessons().size();
        outer:
        for (Part p : course.parts()) {
            for (Lesson lesson : p.lessons()) {
                if (done.size() == howMany) break outer;
                l.call("experienced", unit(course, p, lesson));
                done.add(lesson.id().value());
                l.call("progress", (double) done.size() / total);
                state = state(lesson.id().value(), done, Map.of());
                l.call("bookmark", lesson.id().value());
                l.call("save", state);
            }
        }
        return state;
    }

    /** Answers every question of every part quiz (right or wrong) and reports each attempt's score. */
    static void takeQuizzes(Learner l, Course course, boolean right) {
        for (Quiz quiz : course.quizzes()) {
            for (Question q : quiz.questions()) l.call("answer", Answers.of(course, quiz, q, right));
            l.call("score", Map.of("id", quiz.id().value()), Answers.result(right ? 1.0 : 0.25, quiz.passingScore(), 1));
        }
    }

    static Map<String, Object> state(String loc, List<String> done, Map<String, Object> quiz) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("v", 1);
        s.put("loc", loc);
        s.put("done", List.copyOf(done));
        s.put("quiz", quiz);
        return s;
    }

    static Map<String, Object> asMap(JsonNode node) {
        return new com.fasterxml.jackson.databind.ObjectMapper().convertValue(node,
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {});
    }

    static List<JsonNode> statements(TestLrs lrs, String registration) {
        List<JsonNode> out = new ArrayList<>();
        lrs.report().get("statements").forEach(s -> {
            if (registration.equals(s.path("context").path("registration").asText())) out.add(s);
        });
        return out;
    }

    static List<String> verbs(List<JsonNode> statements) {
        return statements.stream().map(s -> s.path("verb").path("id").asText().replaceAll(".*/", "")).toList();
    }

    static long count(List<JsonNode> statements, String verb) {
        return verbs(statements).stream().filter(verb::equals).count();
    }

    /** Polls the LRS (bounded) until the registration's statements satisfy {@code done}. */
    static List<JsonNode> awaitStatements(TestLrs lrs, String registration, Predicate<List<JsonNode>> done, Duration max) {
        long end = System.nanoTime() + max.toNanos();
        List<JsonNode> now = statements(lrs, registration);
        while (!done.test(now) && System.nanoTime() < end) {
            sleep(250);
            now = statements(lrs, registration);
        }
        return now;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Zero warnings from Learning Locker's validator over everything the LRS received. */
    static void assertNoValidatorWarnings(TestLrs lrs) {
        assertThat(lrs.report().get("warnings")).as("xapi-validation warnings").isEmpty();
    }
}

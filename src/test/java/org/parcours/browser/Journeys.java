package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.parcours.model.Course;
import org.parcours.model.Lesson;
import org.parcours.model.Part;

/** What the xAPI and cmi5 journeys share: the learner's moves through a course and reading the LRS's record. */
final class Journeys {
    static final String ADL = "http://adlnet.gov/expapi/verbs/";

    private Journeys() {}

    /** The IRIs of the course's lessons (pages share the lesson activity type, so ids tell them apart). */
    static java.util.Set<String> lessonIris(Course course) {
        String base = course.iri();
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Part p : course.parts()) for (Lesson l : p.lessons()) out.add(base + "/" + p.id() + "/" + l.id());
        return out;
    }

    static long experiencedLessons(List<JsonNode> statements, Course course) {
        java.util.Set<String> lessons = lessonIris(course);
        return statements.stream().filter(s -> s.at("/verb/id").asText().endsWith("/experienced")
                && lessons.contains(s.at("/object/id").asText())).count();
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

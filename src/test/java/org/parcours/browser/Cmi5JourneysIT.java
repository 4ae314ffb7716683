package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcours.browser.Journeys.count;
import static org.parcours.browser.Journeys.verbs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parcours.model.Course;
import org.parcours.model.Lesson;
import org.parcours.model.Part;
import org.parcours.target.BuildOptions;
import org.parcours.target.cmi5.Cmi5Target;
import org.parcours.testing.Courses;

/**
 * The cmi5 packages of the mini-MOOC (one AU, and one AU per lesson) in headless Chromium, launched by the test
 * LMS: fetch URL, LMS.LaunchData, learner preferences, every statement checked by xapi-validation and the cmi5
 * rules (a violation is refused with its requirement id and listed in the report; every test demands none).
 */
class Cmi5JourneysIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String MASTERY = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
    private static Course course;
    private static TestLrs single;
    private static TestLrs perLesson;
    private ChromeDriver driver;
    private Learner learner;

    @BeforeAll
    static void launchLms() throws Exception {
        course = Courses.miniMooc();
        Path one = Packages.unpacked(new Cmi5Target(), course, new BuildOptions("single", "single"));
        Path many = Packages.unpacked(new Cmi5Target(), course, new BuildOptions("single", "lesson"));
        single = new TestLrs(one);
        perLesson = new TestLrs(many);
    }

    @AfterAll
    static void stopLms() throws Exception {
        if (single != null) single.close();
        if (perLesson != null) perLesson.close();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        driver = HeadlessChromium.start();
        learner = new Learner(driver);
    }

    @AfterEach
    void closeBrowserAndDemandConformance() {
        if (driver != null) driver.quit();
        for (TestLrs lrs : List.of(single, perLesson)) {
            Journeys.assertNoValidatorWarnings(lrs);
            assertThat(lrs.report().get("violations")).as("cmi5 rule violations").isEmpty();
        }
    }

    private void exit() {
        learner.exitTo(single.base + "/returned.html", WAIT);
    }

    private String courseIri() {
        return course.iri().replaceAll("/$", "");
    }

    /** Launches the course AU; returns the launch answer (query, registration, activityId, sessionId, fetchCode). */
    private JsonNode launch(String registration, String mode, double masteryScore) {
        Map<String, Object> spec = new HashMap<>(Map.of("kind", "cmi5", "registration", registration,
                "publisherId", courseIri() + "/au", "moveOn", "CompletedAndPassed", "launchMode", mode));
        spec.put("masteryScore", masteryScore);
        return single.admin("launch", spec);
    }

    private String url(TestLrs lrs, String page, JsonNode launch) {
        return lrs.contentUrl(page, launch.get("query").asText());
    }

    private static List<JsonNode> inSession(List<JsonNode> st, JsonNode launch) {
        String sid = launch.get("sessionId").asText();
        return st.stream().filter(s -> sid.equals(s.at("/context/extensions/https:~1~1w3id.org~1xapi~1cmi5~1context~1extensions~1sessionid").asText())).toList();
    }

    @Test
    void passesTheCourseAndReturnsToTheLms() {
        String reg = UUID.randomUUID().toString();
        JsonNode l = launch(reg, "Normal", 0.7);
        learner.open(url(single, "index.html", l));
        JsonNode started = learner.call("start");
        assertThat(started.path("mode").asText()).isEqualTo("normal");
        Journeys.readLessons(learner, course, Integer.MAX_VALUE);
        Journeys.takeQuizzes(learner, course, true);
        learner.call("complete", Map.of("completed", true, "passed", true, "scaled", 0.9));
        learner.exitTo(single.base + "/returned.html", WAIT);

        List<JsonNode> st = Journeys.awaitStatements(single, reg, s -> verbs(s).contains("terminated"), WAIT);
        List<String> verbs = verbs(st);
        assertThat(verbs.get(0)).isEqualTo("initialized");
        assertThat(verbs.get(verbs.size() - 1)).isEqualTo("terminated");
        assertThat(count(st, "completed")).isEqualTo(1);
        assertThat(count(st, "passed")).isEqualTo(1);
        JsonNode passed = st.stream().filter(s -> s.at("/verb/id").asText().endsWith("/passed")).findFirst().orElseThrow();
        assertThat(passed.at("/object/id").asText()).isEqualTo(l.get("activityId").asText());
        assertThat(passed.at("/result/score/scaled").asDouble()).isEqualTo(0.9);
        assertThat(passed.at("/context/extensions").get(MASTERY).asDouble()).isEqualTo(0.7);
        assertThat(st).allSatisfy(s -> assertThat(s.at("/context/contextActivities/grouping/0/id").asText()).isEqualTo(courseIri() + "/au"));
        assertThat(single.report().at("/fetches").get(fetchIndex(l)).get("posts").asInt()).isEqualTo(1);
    }

    private int fetchIndex(JsonNode launch) {
        // fetches are listed in launch order: find this launch's by its session
        JsonNode sessions = single.report().get("sessions");
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).get("sessionId").asText().equals(launch.get("sessionId").asText())) return i;
        }
        throw new AssertionError("unknown session");
    }

    @Test
    void failsInOneSessionAndPassesInTheNext() {
        String reg = UUID.randomUUID().toString();
        JsonNode first = launch(reg, "Normal", 0.7);
        learner.open(url(single, "index.html", first));
        learner.call("start");
        Map<String, Object> state = Journeys.readLessons(learner, course, Integer.MAX_VALUE);
        Journeys.takeQuizzes(learner, course, false);
        learner.call("complete", Map.of("completed", true, "passed", false, "scaled", 0.25));
        // a pass later in the same session may not be reported in it (cmi5 9.3.0.0-3): it waits for the next one
        learner.call("complete", Map.of("completed", true, "passed", true, "scaled", 0.8));
        exit();
        Journeys.awaitStatements(single, reg, s -> verbs(s).contains("terminated"), WAIT);

        JsonNode second = launch(reg, "Normal", 0.7);
        learner.open(url(single, "index.html", second));
        JsonNode started = learner.call("start");
        assertThat(Journeys.asMap(started.get("state"))).isEqualTo(state);
        exit();
        List<JsonNode> st = Journeys.awaitStatements(single, reg, s -> count(s, "terminated") == 2, WAIT);
        List<String> judged = List.of("initialized", "completed", "passed", "failed", "terminated");
        assertThat(verbs(inSession(st, first)).stream().filter(judged::contains))
                .containsExactly("initialized", "completed", "failed", "terminated");
        assertThat(verbs(inSession(st, second)).stream().filter(judged::contains))
                .containsExactly("initialized", "passed", "terminated");
        JsonNode passed = st.stream().filter(s -> s.at("/verb/id").asText().endsWith("/passed")).findFirst().orElseThrow();
        assertThat(passed.at("/result/score/scaled").asDouble()).isEqualTo(0.8);
    }

    @Test
    void readsOneLessonAuAndCompletesIt() {
        Part part = course.parts().get(0);
        Lesson lesson = part.lessons().get(0);
        String reg = UUID.randomUUID().toString();
        Map<String, Object> spec = Map.of("kind", "cmi5", "registration", reg, "publisherId",
                courseIri() + "/" + part.id() + "/" + lesson.id(), "moveOn", "Completed");
        JsonNode l = perLesson.admin("launch", spec);
        learner.open(url(perLesson, "units/" + lesson.id() + ".html", l));
        learner.call("start");
        learner.call("experienced", Journeys.unit(course, part, lesson));
        learner.exitTo(perLesson.base + "/returned.html", WAIT);
        List<JsonNode> st = Journeys.awaitStatements(perLesson, reg, s -> verbs(s).contains("terminated"), WAIT);
        assertThat(verbs(st)).containsExactly("initialized", "experienced", "completed", "terminated");
        JsonNode completed = st.get(2);
        assertThat(completed.at("/context/contextActivities/category").toString()).contains("categories/moveon", "categories/cmi5");
        assertThat(completed.at("/result/duration").asText()).startsWith("PT");
    }

    @Test
    void browseAndReviewSendNoJudgement() {
        for (String mode : List.of("Browse", "Review")) {
            String reg = UUID.randomUUID().toString();
            JsonNode l = launch(reg, mode, 0.7);
            learner.open(url(single, "index.html", l));
            assertThat(learner.call("start").path("mode").asText()).isEqualTo(mode.toLowerCase(java.util.Locale.ROOT));
            Journeys.readLessons(learner, course, 2);
            learner.call("complete", Map.of("completed", true, "passed", true, "scaled", 1.0));
            learner.exitTo(single.base + "/returned.html", WAIT);
            List<JsonNode> st = Journeys.awaitStatements(single, reg, s -> verbs(s).contains("terminated"), WAIT);
            assertThat(verbs(st)).as(mode).doesNotContain("completed", "passed", "failed").startsWith("initialized").endsWith("terminated");
        }
    }

    @Test
    void reloadKeepsTheSessionAndRelaunchResumes() {
        String reg = UUID.randomUUID().toString();
        JsonNode l = launch(reg, "Normal", 0.7);
        learner.open(url(single, "index.html", l));
        learner.call("start");
        Journeys.readLessons(learner, course, 2);
        learner.reload();
        learner.call("start");
        Map<String, Object> state = Journeys.readLessons(learner, course, 3);
        exit();
        List<JsonNode> st = Journeys.awaitStatements(single, reg, s -> verbs(s).contains("terminated"), WAIT);
        assertThat(count(st, "initialized")).as("one session, one initialized").isEqualTo(1);
        assertThat(single.report().at("/fetches").get(fetchIndex(l)).get("posts").asInt()).as("fetch URL called once").isEqualTo(1);

        JsonNode again = launch(reg, "Normal", 0.7);
        learner.open(url(single, "index.html", again));
        assertThat(Journeys.asMap(learner.call("start").get("state"))).isEqualTo(state);
        exit();
        Journeys.awaitStatements(single, reg, s -> count(s, "terminated") == 2, WAIT);
    }

    @Test
    void theLmsMasteryScoreOverridesThePackages() {
        String reg = UUID.randomUUID().toString();
        learner.open(url(single, "index.html", launch(reg, "Normal", 0.8)));
        learner.call("start");
        // the player judged 75 % a pass against the package's 70 %; the LMS asks for 80 %
        learner.call("complete", Map.of("completed", true, "passed", true, "scaled", 0.75));
        exit();
        List<JsonNode> st = Journeys.awaitStatements(single, reg, s -> verbs(s).contains("terminated"), WAIT);
        JsonNode failed = st.stream().filter(s -> s.at("/verb/id").asText().endsWith("/failed")).findFirst().orElseThrow();
        assertThat(failed.at("/context/extensions").get(MASTERY).asDouble()).isEqualTo(0.8);
        assertThat(verbs(st)).doesNotContain("passed");
    }

    @Test
    void losesAndDuplicatesNothingWhenTheLrsFailsForAWhile() {
        String reg = UUID.randomUUID().toString();
        int failedBefore = single.report().at("/answered/500").asInt();
        single.fault(500, 6);
        learner.open(url(single, "index.html", launch(reg, "Normal", 0.7)));
        learner.call("start");
        Journeys.readLessons(learner, course, Integer.MAX_VALUE);
        Journeys.takeQuizzes(learner, course, true);
        learner.call("complete", Map.of("completed", true, "passed", true, "scaled", 1.0));
        exit();
        List<JsonNode> st = Journeys.awaitStatements(single, reg, s -> verbs(s).contains("terminated"), WAIT);
        assertThat(single.report().at("/answered/500").asInt() - failedBefore).isEqualTo(6);
        assertThat(count(st, "experienced")).isEqualTo(course.lessons().size());
        assertThat(count(st, "answered")).isEqualTo(course.quizzes().stream().mapToLong(q -> q.questions().size()).sum());
        assertThat(verbs(st).get(0)).isEqualTo("initialized");
        assertThat(verbs(st).get(st.size() - 1)).isEqualTo("terminated");
        assertThat(st.stream().map(s -> s.get("id").asText()).distinct().count()).isEqualTo(st.size());
    }

    @Test
    void stopsRetryingWhenTheLrsRejectsStatements() {
        String reg = UUID.randomUUID().toString();
        single.fault(400, 100_000);
        try {
            learner.open(url(single, "index.html", launch(reg, "Normal", 0.7)));
            learner.call("start");
            Journeys.readLessons(learner, course, 2);
            Journeys.sleep(3000);
            int requests = single.report().at("/requests/statements").asInt();
            Journeys.sleep(3000);
            assertThat(single.report().at("/requests/statements").asInt()).as("no retry of a 400").isEqualTo(requests);
        } finally {
            single.fault(400, 0);
        }
        assertThat(Journeys.statements(single, reg)).isEmpty();
    }

    @Test
    void aFetchUrlAlreadyUsedStopsTrackingWithANotice() {
        String reg = UUID.randomUUID().toString();
        JsonNode l = launch(reg, "Normal", 0.7);
        single.admin("consume-fetch", Map.of("code", l.get("fetchCode").asText()));
        learner.open(url(single, "index.html", l));
        JsonNode started = learner.call("start");
        assertThat(started.path("notice").asText()).contains("relancez le cours");
        Journeys.readLessons(learner, course, 1);
        learner.call("finish"); // untracked: nothing to close, the page stays
        Journeys.sleep(1000);
        assertThat(Journeys.statements(single, reg)).isEmpty();
    }
}

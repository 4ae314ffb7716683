package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcours.browser.Journeys.count;
import static org.parcours.browser.Journeys.verbs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parcours.model.Course;
import org.parcours.target.BuildOptions;
import org.parcours.target.xapi.TincanTarget;
import org.parcours.testing.Courses;

/** The TinCan package of the mini-MOOC in headless Chromium, launched against the test LRS. */
class XapiJourneysIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static Course course;
    private static TestLrs lrs;
    private ChromeDriver driver;
    private Learner learner;

    @BeforeAll
    static void launchLrs() throws Exception {
        course = Courses.miniMooc();
        Path dir = Packages.unpacked(new TincanTarget(), course, BuildOptions.defaults());
        lrs = new TestLrs(dir);
    }

    @AfterAll
    static void stopLrs() throws Exception {
        if (lrs != null) lrs.close();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        driver = HeadlessChromium.start();
        learner = new Learner(driver);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) driver.quit();
        Journeys.assertNoValidatorWarnings(lrs);
    }

    private String launch(String registration, Object actor) {
        Map<String, Object> spec = new java.util.HashMap<>(Map.of("kind", "xapi", "registration", registration));
        if (actor != null) spec.put("launchActor", actor);
        return lrs.contentUrl("index.html", lrs.admin("launch", spec).get("query").asText());
    }

    private String courseIri() {
        return course.iri().replaceAll("/$", "");
    }

    @Test
    void passesTheCourseWithALegacyActorAndEndsWithTerminatedAfterTheBookmark() {
        String reg = UUID.randomUUID().toString();
        learner.open(launch(reg, Map.of("name", List.of("Léa Martin"), "mbox", List.of("mailto:lea@example.org"))));
        JsonNode started = learner.call("start");
        assertThat(started.path("mode").asText()).isEqualTo("normal");
        assertThat(started.path("state").isNull()).isTrue();
        Journeys.readLessons(learner, course, Integer.MAX_VALUE);
        Journeys.takeQuizzes(learner, course, true);
        learner.call("complete", Map.of("completed", true, "passed", true, "scaled", 1.0));
        learner.call("finish");

        List<JsonNode> st = Journeys.awaitStatements(lrs, reg, s -> verbs(s).contains("terminated"), WAIT);
        List<String> verbs = verbs(st);
        assertThat(verbs.subList(0, 2)).containsExactly("initialized", "attempted");
        assertThat(verbs.get(verbs.size() - 1)).isEqualTo("terminated");
        assertThat(count(st, "experienced")).isEqualTo(course.lessons().size());
        assertThat(count(st, "answered")).isEqualTo(course.quizzes().stream().mapToLong(q -> q.questions().size()).sum());
        assertThat(count(st, "suspended")).isZero();
        JsonNode completed = st.stream().filter(s -> s.at("/verb/id").asText().endsWith("/completed")).findFirst().orElseThrow();
        assertThat(completed.at("/object/id").asText()).isEqualTo(courseIri());
        assertThat(completed.at("/result/completion").asBoolean()).isTrue();
        JsonNode passed = st.stream().filter(s -> s.at("/verb/id").asText().endsWith("/passed")
                && s.at("/object/id").asText().equals(courseIri())).findFirst().orElseThrow();
        assertThat(passed.at("/result/score/scaled").asDouble()).isEqualTo(1.0);
        for (JsonNode s : st) {
            assertThat(s.at("/actor/mbox").asText()).isEqualTo("mailto:lea@example.org");
            assertThat(s.at("/actor/name").asText()).isEqualTo("Léa Martin");
            assertThat(s.at("/verb/display/en-US").asText()).isNotEmpty();
            assertThat(s.get("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(s.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        }
        JsonNode answered = st.stream().filter(s -> s.at("/verb/id").asText().endsWith("/answered")).findFirst().orElseThrow();
        assertThat(answered.at("/object/definition/interactionType").asText()).isNotEmpty();
        assertThat(answered.at("/context/contextActivities/parent/0/id").asText()).contains("-quiz");
        assertThat(answered.at("/context/contextActivities/grouping/0/id").asText()).isEqualTo(courseIri());
        JsonNode experienced = st.stream().filter(s -> s.at("/verb/id").asText().endsWith("/experienced")).findFirst().orElseThrow();
        assertThat(experienced.at("/context/contextActivities/parent/0/id").asText()).isEqualTo(courseIri() + "/role-des-elus");
        // the bookmark was in the LRS before terminated
        JsonNode writes = lrs.report().get("stateWrites");
        int terminatedAt = storedIndex(reg, "terminated");
        boolean bookmarkedBefore = false;
        for (JsonNode w : writes) {
            if (reg.equals(w.path("registration").asText()) && w.get("statementsBefore").asInt() <= terminatedAt) bookmarkedBefore = true;
        }
        assertThat(bookmarkedBefore).as("state document written before terminated was stored").isTrue();
    }

    private int storedIndex(String reg, String verb) {
        int i = 0;
        for (JsonNode s : lrs.report().get("statements")) {
            if (reg.equals(s.at("/context/registration").asText()) && s.at("/verb/id").asText().endsWith("/" + verb)) return i;
            i++;
        }
        return -1;
    }

    @Test
    void failsThenPassesAcrossTwoSessionsAndResumesWhereItStopped() {
        String reg = UUID.randomUUID().toString();
        String url = launch(reg, null);
        learner.open(url);
        learner.call("start");
        Map<String, Object> state = Journeys.readLessons(learner, course, Integer.MAX_VALUE);
        Journeys.takeQuizzes(learner, course, false);
        learner.call("complete", Map.of("completed", true, "passed", false, "scaled", 0.25));
        learner.call("finish");
        Journeys.awaitStatements(lrs, reg, s -> verbs(s).contains("terminated"), WAIT);

        learner.open(url);
        JsonNode started = learner.call("start");
        assertThat(Journeys.asMap(started.get("state"))).isEqualTo(state);
        Journeys.takeQuizzes(learner, course, true);
        learner.call("complete", Map.of("completed", true, "passed", true, "scaled", 1.0));
        learner.call("finish");
        List<JsonNode> st = Journeys.awaitStatements(lrs, reg, s -> count(s, "terminated") == 2, WAIT);
        List<String> onCourse = st.stream().filter(s -> s.at("/object/id").asText().equals(courseIri()))
                .map(s -> s.at("/verb/id").asText().replaceAll(".*/", "")).toList();
        assertThat(onCourse).containsSubsequence("initialized", "attempted", "completed", "failed", "terminated",
                "initialized", "resumed", "passed", "terminated");
        assertThat(onCourse.stream().filter("completed"::equals).count()).isEqualTo(1);
    }

    @Test
    void readsLessonsOnlyAndIsSuspendedNotCompleted() {
        String reg = UUID.randomUUID().toString();
        learner.open(launch(reg, null));
        learner.call("start");
        Journeys.readLessons(learner, course, Integer.MAX_VALUE);
        learner.call("finish");
        List<JsonNode> st = Journeys.awaitStatements(lrs, reg, s -> verbs(s).contains("terminated"), WAIT);
        assertThat(verbs(st)).doesNotContain("completed", "passed", "failed", "answered");
        assertThat(verbs(st).subList(st.size() - 2, st.size())).containsExactly("suspended", "terminated");
        assertThat(st.get(st.size() - 1).at("/result/duration").asText()).startsWith("PT");
    }

    @Test
    void relaunchResumesAtTheSavedPlaceAfterTheTabWasClosed() {
        String reg = UUID.randomUUID().toString();
        String url = launch(reg, null);
        learner.open(url);
        learner.call("start");
        Map<String, Object> state = Journeys.readLessons(learner, course, 3);
        learner.leave(); // pagehide: suspended + terminated go with keepalive
        Journeys.awaitStatements(lrs, reg, s -> verbs(s).contains("terminated"), WAIT);
        // a new browser, as on another day: only the LRS holds the bookmark
        driver.quit();
        try {
            driver = HeadlessChromium.start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        learner = new Learner(driver);
        learner.open(url);
        JsonNode started = learner.call("start");
        assertThat(Journeys.asMap(started.get("state"))).isEqualTo(state);
        learner.call("finish");
        List<JsonNode> st = Journeys.awaitStatements(lrs, reg, s -> count(s, "terminated") == 2, WAIT);
        assertThat(verbs(st)).containsSubsequence("attempted", "suspended", "terminated", "initialized", "resumed", "terminated");
    }

    @Test
    void losesAndDuplicatesNothingWhenTheLrsFailsForAWhile() {
        String reg = UUID.randomUUID().toString();
        int failedBefore = lrs.report().at("/answered/500").asInt();
        lrs.fault(500, 6);
        learner.open(launch(reg, null));
        learner.call("start");
        Journeys.readLessons(learner, course, Integer.MAX_VALUE);
        Journeys.takeQuizzes(learner, course, true);
        learner.call("complete", Map.of("completed", true, "passed", true, "scaled", 1.0));
        learner.call("finish");
        List<JsonNode> st = Journeys.awaitStatements(lrs, reg, s -> verbs(s).contains("terminated"), WAIT);
        assertThat(lrs.report().at("/answered/500").asInt() - failedBefore).isEqualTo(6);
        assertThat(count(st, "experienced")).isEqualTo(course.lessons().size());
        assertThat(count(st, "answered")).isEqualTo(course.quizzes().stream().mapToLong(q -> q.questions().size()).sum());
        assertThat(count(st, "initialized")).isEqualTo(1);
        assertThat(count(st, "terminated")).isEqualTo(1);
        assertThat(verbs(st).get(st.size() - 1)).isEqualTo("terminated");
        assertThat(st.stream().map(s -> s.get("id").asText()).distinct().count()).isEqualTo(st.size());
    }

    @Test
    void stopsRetryingAndReportsWhenTheLrsRejectsStatements() {
        String reg = UUID.randomUUID().toString();
        lrs.fault(400, 100_000);
        try {
            learner.open(launch(reg, null));
            learner.call("start");
            Journeys.readLessons(learner, course, 2);
            learner.call("finish");
            Journeys.sleep(3000);
            int requests = lrs.report().at("/requests/statements").asInt();
            Journeys.sleep(3000);
            assertThat(lrs.report().at("/requests/statements").asInt()).as("no retry of a 400").isEqualTo(requests);
            Object rejected = ((JavascriptExecutor) driver).executeScript(
                    "return JSON.parse(localStorage.getItem('parcours.outbox-rejected.' + arguments[0]) || '[]').length", reg);
            assertThat(((Number) rejected).intValue()).as("statements reported as rejected").isGreaterThan(0);
            Object left = ((JavascriptExecutor) driver).executeScript(
                    "return JSON.parse(localStorage.getItem('parcours.outbox.' + arguments[0]) || '[]').length", reg);
            assertThat(((Number) left).intValue()).as("nothing left to retry").isZero();
        } finally {
            lrs.fault(400, 0);
        }
        assertThat(Journeys.statements(lrs, reg)).isEmpty();
    }

    @Test
    void countsAConflictOnAResendAsStoredWhenTheLrsAnswerWasLost() {
        String reg = UUID.randomUUID().toString();
        int conflictsBefore = lrs.report().at("/answered/409").asInt();
        lrs.loseAnswers(3);
        learner.open(launch(reg, null));
        learner.call("start");
        Journeys.readLessons(learner, course, 4);
        learner.call("finish");
        List<JsonNode> st = Journeys.awaitStatements(lrs, reg, s -> verbs(s).contains("terminated"), WAIT);
        assertThat(lrs.report().at("/answered/409").asInt()).as("resends answered 409").isGreaterThan(conflictsBefore);
        assertThat(count(st, "experienced")).isEqualTo(4);
        assertThat(st.stream().map(s -> s.get("id").asText()).distinct().count()).isEqualTo(st.size());
        assertThat(outbox(reg, "parcours.outbox-rejected.")).as("nothing reported as refused").isZero();
        assertThat(outbox(reg, "parcours.outbox.")).as("nothing left to send").isZero();
    }

    @Test
    void statementsWaitingInTheOutboxSurviveAReload() {
        String reg = UUID.randomUUID().toString();
        lrs.fault(503, 100_000);
        String url = launch(reg, null);
        learner.open(url);
        learner.call("start");
        Journeys.readLessons(learner, course, 3);
        assertThat(outbox(reg, "parcours.outbox.")).as("queued while the LRS is down").isGreaterThanOrEqualTo(5);
        learner.reload();
        lrs.fault(503, 0);
        learner.call("start");
        learner.call("finish");
        List<JsonNode> st = Journeys.awaitStatements(lrs, reg, s -> count(s, "terminated") >= 2, WAIT);
        assertThat(count(st, "experienced")).isEqualTo(3);
        assertThat(count(st, "initialized")).isEqualTo(2);
        assertThat(st.stream().map(s -> s.get("id").asText()).distinct().count()).isEqualTo(st.size());
    }

    private int outbox(String registration, String prefix) {
        Object n = ((JavascriptExecutor) driver).executeScript(
                "return JSON.parse(localStorage.getItem(arguments[0] + arguments[1]) || '[]').length", prefix, registration);
        return ((Number) n).intValue();
    }
}

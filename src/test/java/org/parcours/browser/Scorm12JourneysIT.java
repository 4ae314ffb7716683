package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.parcours.BuildRequest;
import org.parcours.Parcours;
import org.parcours.model.Course;
import org.parcours.model.Quiz;
import org.parcours.model.Structure;

/**
 * A learner takes the mini-MOOC's SCORM 1.2 package in headless Chromium, through the real player and with the
 * keyboard, inside an LMS made of scorm-again ({@link Scorm12Lms}), for both structures (--sco single|lesson):
 * passes the whole course; fails the final assessment; leaves mid-course and comes back; runs with no LMS at all.
 * Every session is judged by {@link Scorm12Rules} (no error code; SCORM 1.2's formats, vocabularies and limits),
 * then the LMS's record is checked: status, score, exit, session time, interactions.
 */
class Scorm12JourneysIT {
    private static final Pattern INTERACTION = Pattern.compile("cmi\\.interactions\\.(\\d+)\\.(.+)");
    private static final Map<String, Path> BUILT = new HashMap<>();
    private static Course course;
    private static Browser browser;
    private Scorm12Lms lms;
    private Player player;
    private QuizKeyboard quiz;

    @BeforeAll
    static void startBrowser() {
        Browser.requireChromium();
        course = PlayerBuilds.model(PlayerBuilds.miniMooc());
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
    }

    @BeforeEach
    void learner() {
        player = new Player(browser, Player.Names.of(course.language()));
        quiz = new QuizKeyboard(browser.driver(), player.names);
    }

    @AfterEach
    void stopLms() {
        if (lms != null) lms.close();
        lms = null;
        browser.driver().switchTo().defaultContent();
        browser.js("localStorage.clear();");
    }

    // ------------------------------------------------------------------ journeys

    @ParameterizedTest(name = "--sco {0}")
    @ValueSource(strings = {"single", "lesson"})
    void passesTheWholeCourse(String sco) {
        lms = lms(sco);
        if (sco.equals("single")) {
            Scorm12Lms.Sco whole = only(lms.scos());
            lms.launch(whole);
            player.waitReady();
            walk();
            exitWithTheButton();
            Scorm12Lms.Session s = lms.leave(whole);
            assertClean(s);
            assertThat(s.get("cmi.core.lesson_status")).isEqualTo("passed");
            assertThat(s.get("cmi.core.score.raw")).isEqualTo("100");
            assertThat(s.get("cmi.core.score.min")).isEqualTo("0");
            assertThat(s.get("cmi.core.score.max")).isEqualTo("100");
            assertThat(s.get("cmi.core.exit")).isEmpty();
            assertThat(s.get("cmi.core.session_time")).matches(Scorm12Rules.TIMESPAN);
            assertThat(s.count("LMSFinish")).as("Exit, then the page goes away: one finish").isEqualTo(1);
            List<Map<String, String>> interactions = interactions(s);
            assertThat(interactions).hasSize(course.quizzes().stream().mapToInt(Quiz::draw).sum())
                    .allMatch(i -> i.get("result").equals("correct"));
            assertThat(interactions).extracting(i -> i.get("type")).contains("choice", "true-false", "fill-in", "matching", "sequencing");
            for (int part = 0; part < course.parts().size(); part++) {
                assertThat(s.get("cmi.objectives." + part + ".id")).isEqualTo(course.parts().get(part).id().value());
                assertThat(s.get("cmi.objectives." + part + ".status")).isEqualTo("passed");
                assertThat(s.get("cmi.objectives." + part + ".score.raw")).isEqualTo("100");
            }
        } else {
            for (Scorm12Lms.Sco item : lms.items()) {
                lms.launch(item);
                player.waitReady();
                doUnit(player.unit(), true);
                Scorm12Lms.Session s = lms.leave(item);
                if (!item.isSco()) {
                    assertThat(s.calls()).as("%s is an asset: it opens no session", item.identifier()).isEmpty();
                    continue;
                }
                assertClean(s);
                assertThat(s.get("cmi.core.exit")).as(item.identifier()).isEmpty();
                assertThat(s.get("cmi.core.session_time")).matches(Scorm12Rules.TIMESPAN);
                if (item.masteryScore().isPresent()) {
                    assertThat(s.get("cmi.core.lesson_status")).as(item.identifier()).isEqualTo("passed");
                    assertThat(s.get("cmi.core.score.raw")).isEqualTo("100");
                    assertThat(interactions(s)).isNotEmpty().allMatch(i -> i.get("result").equals("correct"));
                } else {
                    assertThat(s.get("cmi.core.lesson_status")).as(item.identifier()).isEqualTo("completed");
                    assertThat(s.get("cmi.core.score.raw")).isEmpty();
                }
            }
        }
    }

    @ParameterizedTest(name = "--sco {0}")
    @ValueSource(strings = {"single", "lesson"})
    void failsTheFinalAssessment(String sco) {
        lms = lms(sco);
        Quiz assessment = course.assessment().orElseThrow();
        Scorm12Lms.Sco launched = sco.equals("single") ? only(lms.scos()) : scoOf(assessment.id().value());
        lms.launch(launched);
        player.waitReady();
        if (sco.equals("single")) walkUntil(assessment.id().value());
        // a failed first attempt: failed, with attempts left, so exit stays "suspend" and the learner may come back
        answerAttempt(assessment, false);
        Scorm12Lms.Session first = lms.leave(launched);
        assertClean(first);
        assertThat(first.get("cmi.core.lesson_status")).isEqualTo("failed");
        assertThat(first.get("cmi.core.exit")).isEqualTo("suspend");
        assertThat(Double.parseDouble(first.get("cmi.core.score.raw"))).isLessThan(assessment.passingScore());
        // the attempts left, failed as well: the course is over and failed
        lms.launch(launched);
        player.waitReady();
        player.waitForUnit(assessment.id().value());
        for (int n = 2; n <= assessment.maxAttempts(); n++) {
            retry();
            answerAttempt(assessment, false);
        }
        Scorm12Lms.Session last = lms.leave(launched);
        assertClean(last);
        assertThat(last.get("cmi.core.lesson_status")).isEqualTo("failed");
        assertThat(last.get("cmi.core.exit")).isEmpty();
        assertThat(interactions(last)).hasSize(assessment.draw() * (assessment.maxAttempts() - 1))
                .allMatch(i -> i.get("result").equals("wrong"));
    }

    @ParameterizedTest(name = "--sco {0}")
    @ValueSource(strings = {"single", "lesson"})
    void leavesMidCourseAndComesBackToTheSamePlaceAndAnswers(String sco) {
        lms = lms(sco);
        Quiz partQuiz = course.parts().get(0).quiz().orElseThrow();
        String quizId = partQuiz.id().value();
        Scorm12Lms.Sco launched = sco.equals("single") ? only(lms.scos()) : scoOf(quizId);
        lms.launch(launched);
        player.waitReady();
        if (sco.equals("single")) walkUntil(quizId);
        List<String> shown = quiz.shownQuestions();
        List<String> answered = shown.subList(0, 3);
        for (String id : answered) quiz.answer(QuizKeyboard.question(partQuiz, id), true);
        // the tab goes to the background: what was answered is committed before anything else happens
        long commits = lms.session(launched).count("LMSCommit");
        browser.driver().switchTo().frame("sco");
        browser.js("Object.defineProperty(document, 'visibilityState', {value: 'hidden', configurable: true});"
                + "document.dispatchEvent(new Event('visibilitychange'));");
        assertThat(lms.session(launched).count("LMSCommit")).as("LMSCommit on visibilitychange").isGreaterThan(commits);
        Scorm12Lms.Session left = lms.leave(launched);
        assertClean(left);
        assertThat(left.get("cmi.core.exit")).isEqualTo("suspend");
        assertThat(left.get("cmi.core.lesson_status")).isEqualTo("incomplete");
        assertThat(left.get("cmi.core.lesson_location")).isEqualTo(quizId);
        assertThat(left.get("cmi.suspend_data")).isNotEmpty().hasSizeLessThanOrEqualTo(4096);

        lms.launch(launched);
        player.waitReady();
        player.waitForUnit(quizId);
        assertThat(quiz.shownQuestions()).as("the same questions, in the same order").isEqualTo(shown);
        for (String id : answered) assertThat(answeredOnScreen(id)).as("answer to %s restored", id).isTrue();
        for (String id : shown.subList(3, shown.size())) assertThat(answeredOnScreen(id)).as("%s still open", id).isFalse();
        if (sco.equals("single")) {
            for (var lesson : course.parts().get(0).lessons()) {
                assertThat(player.menuState(lesson.id().value())).as(lesson.id().value()).isEqualTo("terminé");
            }
        }
        for (String id : shown.subList(3, shown.size())) quiz.answer(QuizKeyboard.question(partQuiz, id), true);
        quiz.submit();
        waitForResult();
        assertThat(quiz.verdict()).contains("Réussi");
        Scorm12Lms.Session back = lms.leave(launched);
        assertClean(back);
        assertThat(back.get("cmi.suspend_data")).isNotEqualTo(left.get("cmi.suspend_data"));
        assertThat(interactions(back)).hasSize(shown.size()).allMatch(i -> i.get("result").equals("correct"));
    }

    @ParameterizedTest(name = "--sco {0}")
    @ValueSource(strings = {"single", "lesson"})
    void runsWithNoLmsAtAllAndSaysSoPolitely(String sco) {
        lms = lms(sco);
        Scorm12Lms.Sco first = lms.scos().get(0);
        browser.driver().switchTo().defaultContent();
        browser.consoleErrors(); // only this journey's messages count
        browser.open(lms.url(first.href()));
        player.waitReady();
        WebElement notice = browser.driver().findElement(By.id("P-notice"));
        assertThat(notice.isDisplayed()).isTrue();
        assertThat(notice.getText()).isEqualTo("Aucune plateforme de formation n’a été trouvée : le cours fonctionne seul"
                + " et votre progression n’est enregistrée que dans ce navigateur.");
        String unit = player.unit();
        readToEnd();
        browser.open(lms.url(first.href()));
        player.waitReady();
        assertThat(player.unit()).isEqualTo(unit);
        assertThat((String) browser.js("return localStorage.getItem('parcours:' + Parcours.data.course.id);"))
                .as("the state lives in this browser").contains("\"done\":[\"" + unit + "\"");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Moodle's "new window" display: the SCO finds the API through window.opener. */
    @Test
    void findsTheLmsThroughTheOpenerOfANewWindow() {
        lms = lms("single");
        Scorm12Lms.Sco whole = only(lms.scos());
        lms.launchInNewWindow(whole);
        player.waitReady();
        readToEnd();
        Scorm12Lms.Session s = lms.closeNewWindow(whole);
        assertClean(s);
        assertThat(s.get("cmi.suspend_data")).isNotEmpty();
    }

    // ------------------------------------------------------------------ the learner

    /** Every unit of the course in the single SCO, in order, every quiz answered right. */
    private void walk() {
        List<Map<String, Object>> units = player.units();
        for (int i = 0; i < units.size(); i++) {
            String id = (String) units.get(i).get("id");
            player.waitForUnit(id);
            doUnit(id, true);
            if (i < units.size() - 1) player.nextWithKeyboard();
        }
    }

    /** Goes through the course up to a unit, reading the lessons and passing the quizzes on the way. */
    private void walkUntil(String target) {
        for (Map<String, Object> unit : player.units()) {
            String id = (String) unit.get("id");
            player.waitForUnit(id);
            if (id.equals(target)) return;
            doUnit(id, true);
            player.nextWithKeyboard();
        }
        throw new AssertionError("no unit " + target);
    }

    private void doUnit(String id, boolean right) {
        String kind = (String) player.units().stream().filter(u -> u.get("id").equals(id)).findFirst().orElseThrow().get("kind");
        switch (kind) {
            case "lesson", "page" -> readToEnd();
            case "quiz" -> answerAttempt(quizById(id), right);
            default -> { }
        }
    }

    /**
     * Reaches the end of the unit with the End key, as the bench's Player does, pressing it again if the first press
     * came before the frame could scroll (at most five presses).
     */
    private void readToEnd() {
        String done = "var d = document.querySelector('#P-unit .unit-done'); return d && !d.hidden;";
        for (int i = 0; i < 5; i++) {
            Ui.press(browser.driver(), Keys.END);
            try {
                browser.waitUntil(done, 2);
                return;
            } catch (TimeoutException e) {
                browser.js("window.focus();");
            }
        }
        throw new AssertionError("the end of unit " + player.unit() + " was never reached");
    }

    private void answerAttempt(Quiz q, boolean right) {
        assertThat(quiz.shownQuestions()).as("%s shows its questions (a unit's SCO never locks it: the LMS orders the units,"
                + " docs/runtime.md)", q.id()).isNotEmpty();
        quiz.answerAll(q, right);
        waitForResult();
        assertThat(quiz.verdict()).contains(right ? "Réussi" : "Non réussi");
    }

    private void waitForResult() {
        browser.waitUntil("return document.activeElement && document.activeElement.matches('[data-quiz-result] h2');", 10);
    }

    private void retry() {
        Ui.tabTo(browser.driver(), "button", player.names.retry(), 200);
        Ui.press(browser.driver(), Keys.ENTER);
        browser.waitUntil("return document.querySelectorAll('#P-unit li[data-question]').length > 0"
                + " && !document.querySelector('#P-unit [data-quiz-result]:not([hidden])');", 10);
    }

    private void exitWithTheButton() {
        Ui.tabTo(browser.driver(), "button", course.language().startsWith("fr") ? "Quitter" : "Exit", 400);
        Ui.press(browser.driver(), Keys.ENTER);
        browser.waitUntil("return document.querySelector('#P-unit .notice');", 10);
    }

    /** Whether the question on screen shows an answer: a ticked choice, a typed text, a chosen match. */
    private boolean answeredOnScreen(String questionId) {
        return Boolean.TRUE.equals(browser.js(
                "var li = document.querySelector('#P-unit li[data-question=\"' + arguments[0] + '\"]');"
                        + "if (li.querySelector('input:checked')) return true;"
                        + "var text = li.querySelector('input[type=text]'); if (text && text.value) return true;"
                        + "return Array.prototype.some.call(li.querySelectorAll('select'), function (s) { return s.selectedIndex > 0; });",
                questionId));
    }

    // ------------------------------------------------------------------ the LMS and its record

    private Scorm12Lms lms(String sco) {
        return Scorm12Lms.serve(browser, build(sco));
    }

    private Scorm12Lms.Sco scoOf(String unit) {
        return lms.scos().stream().filter(i -> i.identifier().endsWith("." + unit)).findFirst().orElseThrow();
    }

    /**
     * The session is clean by the rules, and by what this adapter promises: LMSGetLastError after every call,
     * incomplete set at once in a first session, the status the SCO set being the one the LMS kept (masteryscore
     * and the player's passing score agree), commits.
     */
    private static void assertClean(Scorm12Lms.Session s) {
        assertThat(Scorm12Rules.violations(s.calls())).as("rules broken in %s", s.sco().identifier()).isEmpty();
        assertThat(s.count("LMSInitialize")).isEqualTo(1);
        assertThat(s.count("LMSFinish")).isEqualTo(1);
        assertThat(s.count("LMSCommit")).as("commits").isPositive();
        List<Scorm12Lms.Call> calls = s.calls();
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).fn().startsWith("LMSGet") && !calls.get(i).fn().equals("LMSGetValue")) continue;
            assertThat(i + 1 < calls.size() && calls.get(i + 1).fn().equals("LMSGetLastError"))
                    .as("LMSGetLastError after %s", calls.get(i)).isTrue();
        }
        List<Scorm12Lms.Call> sets = calls.stream().filter(c -> c.fn().equals("LMSSetValue")).toList();
        if (s.entry().equals("ab-initio")) {
            assertThat(sets.get(0).args()).as("incomplete at once").containsExactly("cmi.core.lesson_status", "incomplete");
        }
        sets.stream().filter(c -> c.args().get(0).equals("cmi.core.lesson_status")).reduce((a, b) -> b)
                .ifPresent(c -> assertThat(s.get("cmi.core.lesson_status")).as("the LMS kept the status the SCO set")
                        .isEqualTo(c.args().get(1)));
    }

    /** The interactions of the session, each as its fields (id, type, student_response, result…). */
    private static List<Map<String, String>> interactions(Scorm12Lms.Session s) {
        TreeMap<Integer, Map<String, String>> out = new TreeMap<>();
        s.cmi().forEach((k, v) -> {
            Matcher m = INTERACTION.matcher(k);
            if (m.matches()) out.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new LinkedHashMap<>()).put(m.group(2), v);
        });
        return List.copyOf(out.values());
    }

    private static Quiz quizById(String id) {
        return course.quizzes().stream().filter(q -> q.id().value().equals(id)).findFirst().orElseThrow();
    }

    private static <T> T only(List<T> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    /** The mini-MOOC's SCORM 1.2 package, built once per structure, as `parcours build --format scorm12` does. */
    private static synchronized Path build(String sco) {
        return BUILT.computeIfAbsent(sco, s -> {
            Path out = Project.scratch("builds/scorm12-" + s);
            var r = Parcours.build(PlayerBuilds.miniMooc(), "course",
                    new BuildRequest(List.of("scorm12"), out, Structure.parse(s), Optional.empty(), Optional.empty()), line -> {});
            if (r.hasErrors()) throw new AssertionError("build failed: " + r.diagnostics());
            return r.value().orElseThrow().get(0);
        });
    }
}

package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parcours.model.Course;
import org.parcours.model.Quiz;

/**
 * axe-core finds no WCAG 2.1 A or AA violation on any page of the mini-MOOC, in any state a learner meets: every
 * unit, a quiz after submission (feedback, review, result), a locked assessment, a narrow screen.
 */
class AccessibilityIT extends InBrowser {
    private static StaticServer mooc;
    private static StaticServer fixture;

    @BeforeAll
    static void start() {
        Axe.requireAxe();
        mooc = serve(PlayerBuilds.webFolder(PlayerBuilds.miniMooc()));
        fixture = serve(PlayerBuilds.webFolder(PlayerBuilds.fixture("complete")));
    }

    private Player go(StaticServer server, Player.Names names, String unit) {
        Player player = new Player(browser, names);
        if (!browser.driver().getCurrentUrl().startsWith(server.root())) player.open(server.url("index.html"));
        browser.js("location.hash = '#/' + arguments[0];", unit);
        player.waitForUnit(unit);
        return player;
    }

    @Test
    void findsNoViolationOnAnyUnitOfTheMiniMooc() {
        Player player = new Player(browser, Player.Names.FR).open(mooc.url("index.html"));
        List<String> checked = new ArrayList<>();
        for (Map<String, Object> unit : player.units()) {
            String id = (String) unit.get("id");
            go(mooc, Player.Names.FR, id);
            Axe.assertNoViolations(browser.driver(), "unit " + id);
            checked.add(id);
        }
        assertThat(checked).hasSize(player.units().size()).hasSizeGreaterThan(20);
    }

    @Test
    void findsNoViolationOnQuizFeedbackAndReview() {
        Course course = PlayerBuilds.model(PlayerBuilds.miniMooc());
        // every lesson read: the final assessment is open too
        new Player(browser, Player.Names.FR).open(mooc.url("index.html"));
        browser.js("localStorage.setItem('parcours:' + Parcours.data.course.id, JSON.stringify({v: 1, loc: 'intro', quiz: {},"
                + " done: Parcours.data.units.filter(function (u) { return u.kind === 'lesson'; }).map(function (u) { return u.id; })}));");
        new Player(browser, Player.Names.FR).open(mooc.url("index.html"));
        assertThat(course.quizzes()).extracting(q -> q.isAssessment()).contains(true);
        for (Quiz quiz : course.quizzes()) {
            Player player = go(mooc, Player.Names.FR, quiz.id().value());
            Ui.focused(browser.driver());
            browser.js("document.querySelector('#P-unit h1').focus();");
            new QuizKeyboard(browser.driver(), player.names).answerAll(quiz, false);
            browser.waitUntil("return !document.querySelector('#P-unit [data-quiz-result]').hidden;", 10);
            Axe.assertNoViolations(browser.driver(), "the review of " + quiz.id());
        }
    }

    @Test
    void findsNoViolationOnTheTestCourseInEnglishWithMediaAPoolAndALockedAssessment() {
        Course course = PlayerBuilds.model(PlayerBuilds.fixture("complete"));
        Player player = new Player(browser, Player.Names.EN).open(fixture.url("index.html"));
        for (Map<String, Object> unit : player.units()) {
            String id = (String) unit.get("id");
            go(fixture, Player.Names.EN, id);
            Axe.assertNoViolations(browser.driver(), "unit " + id + " of the test course");
        }
        go(fixture, Player.Names.EN, "assessment");
        assertThat(browser.js("return document.querySelector('#P-unit [data-quiz-locked]').hidden;")).isEqualTo(false);
        Quiz quiz = course.parts().get(0).quiz().orElseThrow();
        go(fixture, Player.Names.EN, quiz.id().value());
        browser.js("document.querySelector('#P-unit h1').focus();");
        new QuizKeyboard(browser.driver(), player.names).answerAll(quiz, false);
        browser.waitUntil("return !document.querySelector('#P-unit [data-quiz-result]').hidden;", 10);
        Axe.assertNoViolations(browser.driver(), "the review of " + quiz.id());
    }

    @Test
    void axeReportsAViolationWhenThereIsOne() {
        go(mooc, Player.Names.FR, "encourager-la-participation");
        browser.js("var img = document.createElement('img'); img.src = 'assets/echelle-participation.svg';"
                + "document.querySelector('#P-unit .prose').appendChild(img);");
        assertThat(Axe.run(browser.driver())).extracting(Axe.Violation::id).contains("image-alt");
    }

    @Test
    void reflowsAt320PixelsWithoutHorizontalScrollingOrViolations() {
        browser.resize(320, 800);
        try {
            Player player = new Player(browser, Player.Names.FR).open(mooc.url("index.html"));
            for (Map<String, Object> unit : player.units()) {
                String id = (String) unit.get("id");
                go(mooc, Player.Names.FR, id);
                Object overflow = browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s at 320 px", id).isLessThanOrEqualTo(0);
            }
            go(mooc, Player.Names.FR, "encourager-la-participation");
            Axe.assertNoViolations(browser.driver(), "a lesson at 320 px");
            Ui.find(browser.driver(), "button", "Menu").click();
            Axe.assertNoViolations(browser.driver(), "the open menu at 320 px");
        } finally {
            browser.resize(1280, 900);
        }
    }
}

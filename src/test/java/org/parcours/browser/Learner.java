package org.parcours.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.parcours.model.Course;
import org.parcours.model.Lesson;
import org.parcours.model.Question;
import org.parcours.model.Quiz;

/**
 * A learner going through a package launched by an LMS, with the player's own controls (the bench's Player and
 * QuizKeyboard): the tracker and its adapter see exactly what a person's actions cause.
 */
final class Learner {
    private final Browser browser;
    private final Course course;
    final Player player;
    private final QuizKeyboard keys;

    Learner(Browser browser, Course course) {
        this.browser = browser;
        this.course = course;
        this.player = new Player(browser, Player.Names.of(course.language()));
        this.keys = new QuizKeyboard(browser.driver(), player.names);
    }

    /** Opens the launch URL in a fresh document; the player is ready once its tracker has started. */
    Learner open(String url) {
        player.open(url);
        return this;
    }

    /** Goes to a unit as a menu link does (the route in the URL's fragment). */
    void go(String unitId) {
        if (unitId.equals(player.unit())) return;
        browser.js("location.hash = '#/' + arguments[0];", unitId);
        player.waitForUnit(unitId);
    }

    /** Reads the first {@code howMany} lessons to their end, in course order; returns the last one's id. */
    String readLessons(int howMany) {
        List<Lesson> lessons = course.lessons().subList(0, Math.min(howMany, course.lessons().size()));
        for (Lesson l : lessons) {
            go(l.id().value());
            player.readToEnd();
        }
        return lessons.get(lessons.size() - 1).id().value();
    }

    /** Answers the quiz with the keyboard, all right or all wrong; returns how many questions were shown. */
    int takeQuiz(Quiz quiz, boolean right) {
        return takeQuiz(quiz, right ? Integer.MAX_VALUE : 0);
    }

    /** Answers the first {@code rightOnes} questions shown rightly and the others wrongly, then submits. */
    int takeQuiz(Quiz quiz, int rightOnes) {
        go(quiz.id().value());
        if (!browser.driver().findElements(By.cssSelector("#P-unit [data-quiz-result]:not([hidden])")).isEmpty()) {
            Ui.tabTo(browser.driver(), "button", player.names.retry(), 40);
            Ui.press(browser.driver(), Keys.ENTER);
            browser.waitUntil("return document.querySelector('#P-unit [data-quiz-result]').hidden;", 10);
        }
        browser.js("document.querySelector('#P-unit h1').focus();");
        List<String> shown = keys.shownQuestions();
        for (int i = 0; i < shown.size(); i++) {
            Question q = QuizKeyboard.question(quiz, shown.get(i));
            keys.answer(q, i < rightOnes);
        }
        keys.submit();
        browser.waitUntil("return !document.querySelector('#P-unit [data-quiz-result]').hidden;", 10);
        return shown.size();
    }

    /** Presses the player's Exit control (« Quitter »). */
    void exit() {
        WebElement exit = browser.driver().findElement(By.id("P-exit"));
        browser.js("arguments[0].focus();", exit);
        Ui.press(browser.driver(), Keys.ENTER);
    }

    /** Exit in an LMS launch that returns to {@code returnUrl}: waits (bounded) for the LMS page. */
    void exitTo(String returnUrl) {
        exit();
        browser.waitUntil("return location.href === " + quoted(returnUrl) + ";", 40);
    }

    void reload() {
        browser.driver().navigate().refresh();
        player.waitReady();
    }

    /** Leaves the course for a blank page (pagehide), as when the tab is closed. */
    void leave() {
        browser.open("about:blank");
    }

    boolean canExit() {
        List<WebElement> exit = browser.driver().findElements(By.id("P-exit"));
        return !exit.isEmpty() && exit.get(0).isDisplayed();
    }

    String notice() {
        List<WebElement> n = browser.driver().findElements(By.id("P-notice"));
        return n.isEmpty() ? "" : Ui.plain(n.get(0).getText());
    }

    /** Reads a localStorage list (the outbox and its refused statements) of this page. */
    int storedListSize(String key) {
        Object n = browser.js("return JSON.parse(localStorage.getItem(arguments[0]) || '[]').length;", key);
        return ((Number) n).intValue();
    }

    private static String quoted(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}

package org.parcours.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The Parcours player as a learner meets it in a browser, whatever package wraps it: waits for it, reads where it
 * is, moves with the keyboard. Control names are those of the UI language (« Suivant » in French, "Next" in
 * English), as assistive technologies announce them.
 */
public final class Player {
    /** The stable accessible names of the player's controls, per UI language. */
    public record Names(String next, String previous, String submit, String retry, String menu,
                        String trueLabel, String falseLabel, String moveUp) {
        public static final Names FR =
                new Names("Suivant", "Précédent", "Valider", "Nouvelle tentative", "Menu", "Vrai", "Faux", "Monter");
        public static final Names EN =
                new Names("Next", "Previous", "Submit", "Try again", "Menu", "True", "False", "Move up");

        public static Names of(String language) {
            return language.toLowerCase(java.util.Locale.ROOT).startsWith("fr") ? FR : EN;
        }
    }

    private final Browser browser;
    public final Names names;

    public Player(Browser browser, Names names) {
        this.browser = browser;
        this.names = names;
    }

    /**
     * Opens a page of the player in a fresh document and waits until it is interactive. (Going from a URL to the same
     * URL with another fragment would only change the route, keeping the page and its state in memory.)
     */
    public Player open(String url) {
        browser.open("about:blank");
        browser.open(url);
        waitReady();
        return this;
    }

    public void waitReady() {
        browser.waitUntil("return document.documentElement.getAttribute('data-player') === 'ready'", 20);
    }

    /** The id of the unit on screen (the player marks the element it renders units into). */
    public String unit() {
        return (String) browser.js("return document.getElementById('P-unit').getAttribute('data-unit') || '';");
    }

    /** Waits until the unit on screen is {@code id}. */
    public void waitForUnit(String id) {
        browser.waitUntil("return document.getElementById('P-unit').getAttribute('data-unit') === '" + id + "';", 10);
    }

    /** The units of the course, in order, as the page's data lists them: id, kind, title, part. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> units() {
        return (List<Map<String, Object>>) browser.js("return Parcours.data.units;");
    }

    /** The text of the unit's heading, exactly (WebDriver's getText would turn no-break spaces into spaces). */
    public String heading() {
        return (String) browser.js("return document.querySelector('#P-unit h1').textContent;");
    }

    /** Whether the keyboard focus is on the heading of the unit shown. */
    public boolean focusIsOnHeading() {
        return Boolean.TRUE.equals(browser.js("return document.activeElement === document.querySelector('#P-unit h1');"));
    }

    /** Scrolls to the end of the unit with the End key, then waits for the lesson to say it is complete. */
    public void readToEnd() {
        Ui.press(browser.driver(), Keys.END);
        browser.waitUntil("var d = document.querySelector('#P-unit .unit-done'); return d && !d.hidden;", 10);
    }

    /** Tabs to « Suivant » and presses Enter; waits for the next unit. */
    public void nextWithKeyboard() {
        String before = unit();
        Ui.tabTo(browser.driver(), "link", names.next(), 400);
        Ui.press(browser.driver(), Keys.ENTER);
        browser.waitUntil("var u = document.getElementById('P-unit').getAttribute('data-unit'); return u && u !== '" + before + "';", 10);
    }

    /** The text of the live region (what a screen reader was last told). */
    public String status() {
        return browser.driver().findElement(By.id("P-status")).getText();
    }

    public String progressText() {
        return browser.driver().findElement(By.id("P-progress-text")).getText();
    }

    /** The words the menu says after a unit's title (« terminé », « réussi, 100 % »…), without their parentheses. */
    public String menuState(String unitId) {
        WebElement state = browser.driver().findElement(By.cssSelector("#P-menu a[data-unit='" + unitId + "'] .toc-state"));
        return Ui.plain(((String) browser.js("return arguments[0].textContent;", state)).replaceAll("^\\s*\\(|\\)$", ""));
    }

    /** The learner state the player saved, as the adapter received it last (standalone: localStorage). */
    public String savedState(String courseIri) {
        return (String) browser.js("return localStorage.getItem(arguments[0]);", "parcours:" + courseIri);
    }
}

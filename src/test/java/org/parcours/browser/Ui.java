package org.parcours.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Finds controls as assistive technologies do, by role and accessible name (computed by Chromium's accessibility
 * tree through WebDriver, not by these tests), and drives the page with the keyboard alone.
 */
public final class Ui {
    /** Where elements of a role can be; the browser then confirms the role. */
    private static final Map<String, String> CANDIDATES = Map.ofEntries(
            Map.entry("button", "button, [role=button], input[type=button], input[type=submit], input[type=reset]"),
            Map.entry("link", "a[href], [role=link]"),
            Map.entry("heading", "h1, h2, h3, h4, h5, h6, [role=heading]"),
            Map.entry("textbox", "input:not([type]), input[type=text], input[type=email], input[type=search], textarea, [role=textbox]"),
            Map.entry("radio", "input[type=radio], [role=radio]"),
            Map.entry("checkbox", "input[type=checkbox], [role=checkbox]"),
            Map.entry("combobox", "select, [role=combobox]"),
            Map.entry("navigation", "nav, [role=navigation]"),
            Map.entry("main", "main, [role=main]"),
            Map.entry("group", "fieldset, [role=group]"),
            Map.entry("status", "output, [role=status]"),
            Map.entry("progressbar", "progress, [role=progressbar]"));

    private Ui() {}

    public static String role(WebElement e) {
        return e.getAriaRole();
    }

    /** The accessible name, its no-break spaces as plain spaces (French typography puts them before « : ; ? ! »). */
    public static String name(WebElement e) {
        String n = e.getAccessibleName();
        return n == null ? "" : plain(n);
    }

    /** Text with no-break and narrow no-break spaces as plain spaces, trimmed: how WebDriver's getText() shows it. */
    public static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    }

    /** Whether the element has this role and this accessible name (spaces compared as {@link #plain}). */
    public static boolean is(WebElement e, String role, String name) {
        return role.equals(role(e)) && plain(name).equals(name(e));
    }

    /** The displayed elements with this role and accessible name. */
    public static List<WebElement> findAll(WebDriver d, String role, String name) {
        String css = CANDIDATES.getOrDefault(role, "[role=" + role + "]");
        List<WebElement> out = new ArrayList<>();
        for (WebElement e : d.findElements(By.cssSelector(css))) {
            if (e.isDisplayed() && is(e, role, name)) out.add(e);
        }
        return out;
    }

    /** The one displayed element with this role and accessible name. */
    public static WebElement find(WebDriver d, String role, String name) {
        List<WebElement> found = findAll(d, role, name);
        if (found.size() == 1) return found.get(0);
        if (found.isEmpty()) {
            List<String> names = d.findElements(By.cssSelector(CANDIDATES.getOrDefault(role, "[role=" + role + "]")))
                    .stream().filter(WebElement::isDisplayed).map(Ui::name).toList();
            throw new NoSuchElementException("no " + role + " named '" + name + "'; " + role + "s shown: " + names);
        }
        throw new NoSuchElementException(found.size() + " " + role + "s named '" + name + "'");
    }

    /** The element that has the keyboard focus. */
    public static WebElement focused(WebDriver d) {
        return d.switchTo().activeElement();
    }

    /** Presses keys, as a keyboard would: they go to the focused element. */
    public static void press(WebDriver d, CharSequence... keys) {
        new Actions(d).sendKeys(keys).perform();
    }

    /** Presses Tab until the focused element has this role and name; fails after {@code max} presses. */
    public static WebElement tabTo(WebDriver d, String role, String name, int max) {
        return tabUntil(d, e -> is(e, role, name), max, role + " '" + name + "'");
    }

    /** Presses Tab until the focused element matches; fails after {@code max} presses, naming what was met. */
    public static WebElement tabUntil(WebDriver d, Predicate<WebElement> wanted, int max, String what) {
        List<String> met = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            press(d, Keys.TAB);
            WebElement f = focused(d);
            if (wanted.test(f)) return f;
            met.add(role(f) + " '" + name(f) + "'");
        }
        throw new AssertionError("no " + what + " within " + max + " presses of Tab; met: " + met);
    }
}

package org.parcours.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner driving a launched package through the tracker (docs/runtime.md), as the player does: the calls the
 * player makes on each learner action. Until the player lands in main the packages carry a stand-in player with
 * no UI; once it does, journeys move to its controls.
 */
public final class Learner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final WebDriver driver;

    public Learner(WebDriver driver) {
        this.driver = driver;
    }

    public Learner open(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return !!(window.Parcours && window.Parcours.tracker)")));
        return this;
    }

    /** Calls Parcours.tracker.method(args…) and waits for its promise; returns what it resolved to, as JSON. */
    public JsonNode call(String method, Object... args) {
        try {
            String json = JSON.writeValueAsString(args);
            Object r = ((JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "const args = JSON.parse(arguments[0]);"
                            + "Promise.resolve(Parcours.tracker[arguments[1]](...args))"
                            + ".then(v => done(JSON.stringify({ok: v === undefined ? null : v})),"
                            + "      e => done(JSON.stringify({error: String(e && e.stack || e)})));",
                    json, method);
            JsonNode node = JSON.readTree((String) r);
            if (node.has("error")) throw new AssertionError(method + " failed in the page: " + node.get("error").asText());
            return node.get("ok");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The learner presses Exit in an LMS launch that returns to {@code returnUrl}: the page navigates away while the
     * call is still pending, so wait for the LMS page instead of the promise (bounded).
     */
    public void exitTo(String returnUrl, Duration max) {
        ((JavascriptExecutor) driver).executeScript("Parcours.tracker.finish();");
        new WebDriverWait(driver, max).until(d -> returnUrl.equals(d.getCurrentUrl()));
    }

    public String location() {
        return driver.getCurrentUrl();
    }

    /** Leaves the page (pagehide fires) for a blank one. */
    public void leave() {
        driver.get("about:blank");
    }

    public void reload() {
        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return !!(window.Parcours && window.Parcours.tracker)")));
    }
}

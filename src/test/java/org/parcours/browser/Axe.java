package org.parcours.browser;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the npm package pinned in package.json, from node_modules) in the page with the WCAG 2.0 and
 * 2.1, A and AA rules: what RGAA 4.1 and WCAG 2.1 AA ask of the pages a browser shows.
 */
public final class Axe {
    public static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SOURCE = Project.nodeModule("axe-core/axe.min.js");
    private static String source;

    private Axe() {}

    /** One failed rule: its id, impact, what it asks, and the CSS selectors of the elements that fail it. */
    public record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + " at " + targets;
        }
    }

    /** Runs the rules on the current page, injecting axe-core first if the page does not have it yet. */
    public static List<Violation> run(WebDriver d) {
        JavascriptExecutor js = (JavascriptExecutor) d;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) js.executeScript(source());
        Object raw = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                  .then(function (r) {
                    done(JSON.stringify(r.violations.map(function (v) {
                      return { id: v.id, impact: v.impact || '', help: v.help,
                               targets: v.nodes.map(function (n) { return n.target.join(' '); }) };
                    })));
                  })
                  .catch(function (e) { done('ERROR ' + e); });
                """, WCAG21_AA);
        String json = String.valueOf(raw);
        if (json.startsWith("ERROR")) throw new IllegalStateException("axe-core failed: " + json);
        try {
            return new ObjectMapper().readValue(json, new TypeReference<List<Violation>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with every violation listed when the page breaks any WCAG 2.1 A or AA rule that axe checks. */
    public static void assertNoViolations(WebDriver d, String where) {
        List<Violation> found = run(d);
        if (!found.isEmpty()) {
            Assertions.fail("axe-core: " + found.size() + " violation(s) on " + where + ":\n  "
                    + found.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    /** Fails the run when CI=true and axe-core is not installed; elsewhere skips, naming the command. */
    public static void requireAxe() {
        org.parcours.testing.Needs.file(SOURCE, "axe-core", "run `npm ci --ignore-scripts`");
    }

    private static synchronized String source() {
        if (source == null) {
            requireAxe();
            try {
                source = Files.readString(SOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}

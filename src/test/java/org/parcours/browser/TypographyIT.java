package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A French course typed with ordinary spaces (courses/typo-fr), read on a phone: no line of any unit starts with
 * « ? », « : », « ! », « ; » or « » », because the renderer put the no-break spaces in. The same pages with those
 * spaces turned back into ordinary ones do show such lines, so the measure can fail.
 */
class TypographyIT {
    /** A small phone in portrait (CSS pixels), where lines are short and break often. */
    private static final int WIDTH = 360;
    private static final int HEIGHT = 740;

    /**
     * The lines of the unit on screen that start with a punctuation mark which must never start one: a character
     * starts a line when it sits below the middle of the visible character before it.
     */
    private static final String LINES_STARTING_WITH_PUNCTUATION = """
            var root = document.getElementById('P-unit'), bad = [], last = null, range = document.createRange();
            var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              var node = walker.currentNode, text = node.data;
              for (var i = 0; i < text.length; i++) {
                if (/\\s/.test(text[i])) continue;
                range.setStart(node, i); range.setEnd(node, i + 1);
                var rects = range.getClientRects();
                if (!rects.length || rects[0].height === 0) continue;
                var r = rects[0];
                if ((last === null || r.top >= (last.top + last.bottom) / 2) && '?:!;»'.indexOf(text[i]) >= 0) {
                  bad.push(text.substring(Math.max(0, i - 25), i + 15));
                }
                last = r;
              }
            }
            return bad;
            """;
    private static final String ORDINARY_SPACES = """
            var walker = document.createTreeWalker(document.getElementById('P-unit'), NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) walker.currentNode.data = walker.currentNode.data.replace(/[\\u00A0\\u202F]/g, ' ');
            """;

    private static Browser browser;
    private static Path folder;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        folder = PlayerBuilds.webFolder(PlayerBuilds.fixture("typo-fr"));
        browser = Browser.start();
        // a headless window is at least 500 px wide: emulate the phone's viewport as DevTools' device mode does
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 2, "mobile", true));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    @Test
    void noLineOnAPhoneStartsWithAPunctuationMarkThatBelongsToTheWordBefore() {
        List<String> typeset = new ArrayList<>();
        List<String> untypeset = new ArrayList<>();
        int units = 0;
        Player player = new Player(browser, Player.Names.FR);
        player.open(index());
        for (Map<String, Object> unit : player.units()) {
            String id = (String) unit.get("id");
            player.open(index() + "#/" + id);
            player.waitForUnit(id);
            assertThat(browser.js("return document.documentElement.clientWidth;")).isEqualTo((long) WIDTH);
            typeset.addAll(lines(id));
            browser.js(ORDINARY_SPACES);
            untypeset.addAll(lines(id));
            units++;
        }
        System.out.printf("TypographyIT: %d units at %d px; lines starting with punctuation: %d typeset, %d with ordinary spaces%n",
                units, WIDTH, typeset.size(), untypeset.size());
        assertThat(units).isEqualTo(6); // intro, part, two lessons, quiz, glossary
        assertThat(typeset).as("lines starting with ? : ! ; or » on a %d px screen", WIDTH).isEmpty();
        assertThat(untypeset).as("the same pages with ordinary spaces (the measure can fail)").isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> lines(String unit) {
        return ((List<String>) browser.js(LINES_STARTING_WITH_PUNCTUATION)).stream().map(s -> unit + ": …" + s + "…").toList();
    }

    private static String index() {
        return folder.resolve("index.html").toUri().toString();
    }
}

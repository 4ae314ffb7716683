package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.Fixtures;
import org.parcours.i18n.Lang;
import org.parcours.preview.PreviewServer;

/** `parcours preview` in a real Chromium: an edit of a lesson shows in the open page without a manual reload. */
class PreviewIT {
    private static Browser browser;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    @Test
    void editingALessonUpdatesTheOpenPageByItself(@TempDir Path tmp) throws Exception {
        Path course = Fixtures.minimalWith(null, tmp);
        Path lesson = course.resolve("01-first-steps/01-welcome.md");
        try (PreviewServer preview = PreviewServer.start(course, Lang.EN)) {
            browser.open(preview.url() + "#/welcome");
            browser.waitUntil("return document.body.innerText.includes('A course is a folder of plain text files.')", 20);
            browser.js("window.__notReloaded = true;");
            Files.writeString(lesson, Files.readString(lesson).replace("A course is a folder of plain text files.",
                    "A course is a folder of plain text files, edited while the page is open."));
            browser.waitUntil("return document.body.innerText.includes('edited while the page is open')", 20);
            // the page reloaded by itself: the marker set on the old page is gone
            assertThat(browser.js("return window.__notReloaded === undefined;")).isEqualTo(true);
        }
    }

    @Test
    void aBrokenCourseShowsItsDiagnosticsThenThePlayerOnceFixed(@TempDir Path tmp) throws Exception {
        Path course = Fixtures.minimalWith(null, tmp);
        Path yaml = course.resolve("course.yaml");
        String good = Files.readString(yaml);
        try (PreviewServer preview = PreviewServer.start(course, Lang.EN)) {
            browser.open(preview.url());
            Files.writeString(yaml, good.replace("title:", "titel:"));
            browser.waitUntil("return document.body.innerText.includes('error P003: unknown key')", 20);
            assertThat((String) browser.js("return document.body.innerText;")).contains("course.yaml:");
            Files.writeString(yaml, good);
            browser.waitUntil("return !document.body.innerText.includes('The course has errors')", 20);
        }
    }
}

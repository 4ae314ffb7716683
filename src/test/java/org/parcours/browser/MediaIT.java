package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Media play with their captions and attachments download, from a server and from the disk alike. */
class MediaIT {
    private static Browser browser;
    private static Path folder;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        folder = PlayerBuilds.webFolder(PlayerBuilds.fixture("complete"));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    /** The captions track reaches readyState LOADED (2) with its cue: a learner who cannot hear gets the text. */
    private void captionsLoad(String index) {
        Player player = new Player(browser, Player.Names.EN).open(index + "#/first-steps");
        player.waitForUnit("first-steps");
        browser.waitUntil("var t = document.querySelector('#P-unit track'); return t && (t.readyState === 2 || t.readyState === 3);", 10);
        assertThat(browser.js("return document.querySelector('#P-unit track').readyState;")).isEqualTo(2L);
        assertThat(browser.js("return document.querySelector('#P-unit audio').textTracks[0].cues.length;")).isEqualTo(1L);
        assertThat(browser.js("return document.querySelector('#P-unit track').srclang;")).isEqualTo("en");
    }

    @Test
    void captionsLoadFromAServer() {
        try (StaticServer server = StaticServer.serve(folder)) {
            captionsLoad(server.url("index.html"));
        }
    }

    @Test
    void anAttachmentSaysItsTypeAndSizeAndIsServed() {
        try (StaticServer server = StaticServer.serve(folder)) {
            Player player = new Player(browser, Player.Names.EN).open(server.url("index.html#/first-steps"));
            player.waitForUnit("first-steps");
            var link = Ui.find(browser.driver(), "link", "The handout of the lesson (PDF, 193 bytes)");
            assertThat(link.getAttribute("type")).isEqualTo("application/pdf");
            assertThat(link.getAttribute("href")).isEqualTo(server.url("assets/handout.pdf"));
            assertThat(link.getAttribute("download")).isNotNull();
            assertThat(browser.js("var r = new XMLHttpRequest(); r.open('GET', arguments[0], false); r.send(); return r.status;",
                    link.getAttribute("href"))).isEqualTo(200L);
        }
    }

    @Test
    void captionsLoadFromTheDisk() {
        captionsLoad(folder.resolve("index.html").toUri().toString());
    }
}

package org.parcours.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the player's browser tests share: one Chromium per test class, the servers the class opened (closed with
 * it), and a learner who starts every test with no saved progress.
 */
abstract class InBrowser {
    static Browser browser;
    private static final List<StaticServer> servers = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        Browser.requireChromium();
        browser = Browser.start();
    }

    /** Serves a folder or zip on 127.0.0.1 until the test class ends. */
    static StaticServer serve(Path folderOrZip) {
        StaticServer server = StaticServer.serve(folderOrZip);
        servers.add(server);
        return server;
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
        browser = null;
        servers.forEach(StaticServer::close);
        servers.clear();
    }

    @AfterEach
    void forget() {
        browser.js("localStorage.clear();");
    }
}

package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.parcours.model.Course;
import org.parcours.pack.FolderWriter;
import org.parcours.render.PlayerOptions;
import org.parcours.render.PlayerRenderer;

/** One page per unit (for one-SCO-per-lesson packages): each page runs its unit alone, links lead to the others. */
class UnitPagesIT {
    private static Browser browser;
    private static StaticServer server;
    private static Course course;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        course = PlayerBuilds.model(PlayerBuilds.fixture("complete"));
        Path folder = Project.scratch("unit-pages").resolve("player");
        FolderWriter.write(PlayerRenderer.render(course, new PlayerOptions("standalone", true)).value().orElseThrow(), folder);
        server = StaticServer.serve(folder);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @Test
    void aLessonPageShowsItsLessonAloneAndCompletesIt() {
        Player player = new Player(browser, Player.Names.EN).open(server.url("units/first-steps.html"));
        assertThat(player.unit()).isEqualTo("first-steps");
        assertThat(player.heading()).isEqualTo("First steps");
        assertThat(browser.driver().findElements(By.id("P-menu"))).isEmpty();
        assertThat(Ui.findAll(browser.driver(), "link", "Next")).isEmpty();
        player.readToEnd();
        assertThat(player.savedState(course.iri())).contains("\"done\":[\"first-steps\"]");
    }

    @Test
    void aLinkToAnotherLessonOpensThatLessonsPageAtTheSection() {
        Player player = new Player(browser, Player.Names.EN).open(server.url("units/first-steps.html"));
        Ui.tabTo(browser.driver(), "link", "the second lesson's summary", 20);
        Ui.press(browser.driver(), Keys.ENTER);
        browser.waitUntil("return location.pathname.endsWith('/units/going-further.html');", 10);
        player.waitReady();
        assertThat(player.unit()).isEqualTo("going-further");
        assertThat(browser.js("return document.activeElement.id;")).isEqualTo("key-points");
    }

    @Test
    void aQuizPageRunsItsQuiz() {
        Player player = new Player(browser, Player.Names.EN).open(server.url("units/basics-quiz.html"));
        browser.js("document.querySelector('#P-unit h1').focus();");
        QuizKeyboard keys = new QuizKeyboard(browser.driver(), player.names);
        keys.answerAll(course.parts().get(0).quiz().orElseThrow(), true);
        browser.waitUntil("return !document.querySelector('#P-unit [data-quiz-result]').hidden;", 10);
        assertThat(keys.verdict()).contains("Passed");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}

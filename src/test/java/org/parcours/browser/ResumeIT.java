package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.parcours.model.Course;
import org.parcours.model.Quiz;

/** The learner leaves and comes back: the player resumes at the same place, from a server, a zip or the disk. */
class ResumeIT extends InBrowser {
    private static final String LESSON = "relation-de-confiance";
    private static final String TITLE = "Construire une relation de confiance entre élus et habitants.es";
    private static StaticServer server;
    private static Path folder;

    @BeforeAll
    static void start() {
        folder = PlayerBuilds.webFolder(PlayerBuilds.miniMooc());
        server = serve(folder);
    }

    /** Opens the course, chooses a lesson in the menu with the keyboard and reads it to its end. */
    private Player readLessonFromTheMenu(String url) {
        Player player = new Player(browser, Player.Names.FR).open(url);
        Ui.tabTo(browser.driver(), "link", TITLE + " (non commencé)", 40);
        Ui.press(browser.driver(), Keys.ENTER);
        player.waitForUnit(LESSON);
        assertThat(player.focusIsOnHeading()).isTrue();
        player.readToEnd();
        return player;
    }

    @Test
    void aReloadKeepsTheLessonAndItsCompletion() {
        Player player = readLessonFromTheMenu(server.url("index.html"));
        browser.driver().navigate().refresh();
        player.waitReady();
        assertThat(player.unit()).isEqualTo(LESSON);
        assertThat(player.progressText()).isEqualTo("1 leçon terminée sur 12");
        assertThat(player.menuState(LESSON)).isEqualTo("terminé");
    }

    @Test
    void openingTheCourseAgainResumesWhereTheLearnerLeftOff() {
        readLessonFromTheMenu(server.url("index.html"));
        Player player = new Player(browser, Player.Names.FR).open(server.url("index.html"));
        assertThat(player.unit()).isEqualTo(LESSON);
        assertThat(Ui.plain(browser.driver().findElement(By.id("P-notice")).getText()))
                .isEqualTo("Reprise là où vous vous étiez arrêté : " + Ui.plain(TITLE) + ".");
        assertThat(player.progressText()).isEqualTo("1 leçon terminée sur 12");
    }

    @Test
    void aQuizResumesInTheMiddleOfAnAttempt() {
        Course course = PlayerBuilds.model(PlayerBuilds.miniMooc());
        Quiz quiz = course.quizzes().get(0);
        Player player = new Player(browser, Player.Names.FR).open(server.url("index.html#/" + quiz.id()));
        browser.js("document.querySelector('#P-unit h1').focus();");
        QuizKeyboard keys = new QuizKeyboard(browser.driver(), player.names);
        List<String> shown = keys.shownQuestions();
        String fillin = "role-des-elus-seuil-commission-accessibilite";
        for (String id : shown) {
            keys.answer(QuizKeyboard.question(quiz, id), true);
            if (id.equals(fillin)) break;
        }
        String checked = (String) browser.js("var c = document.querySelector('#P-unit input[type=radio]:checked'); return c && c.id;");
        browser.driver().navigate().refresh();
        player.waitReady();
        player.waitForUnit(quiz.id().value());
        assertThat(keys.shownQuestions()).isEqualTo(shown);
        assertThat(browser.js("return document.getElementById('Q-" + fillin + "-input').value;")).isEqualTo("5\u00a0000");
        assertThat(browser.js("var c = document.querySelector('#P-unit input[type=radio]:checked'); return c && c.id;"))
                .isEqualTo(checked);
        assertThat(browser.js("return document.querySelector('#P-unit [data-quiz-result]').hidden;")).isEqualTo(true);
    }

    @Test
    void runsFromTheDiskWithoutAServer() {
        String index = folder.resolve("index.html").toUri().toString();
        assertThat(index).startsWith("file:");
        Player player = readLessonFromTheMenu(index);
        player.nextWithKeyboard();
        String next = player.unit();
        browser.driver().navigate().refresh();
        player.waitReady();
        assertThat(player.unit()).isEqualTo(next);
        assertThat(player.menuState(LESSON)).isEqualTo("terminé");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void runsFromTheZipAndAsksForNothingButItsOwnFiles() {
        try (StaticServer zip = StaticServer.serve(PlayerBuilds.build(PlayerBuilds.miniMooc(), "web"))) {
            Player player = new Player(browser, Player.Names.FR).open(zip.url("index.html"));
            // the second one shows assets/echelle-participation.svg
            for (String unit : List.of("encourager-la-participation", "gouvernance-participative")) {
                browser.js("location.hash = '#/' + arguments[0];", unit);
                player.waitForUnit(unit);
            }
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) browser.js(
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
            assertThat(loaded).isNotEmpty().allMatch(u -> u.startsWith(zip.root()), "served by the package itself");
            assertThat(zip.requests()).allMatch(r -> r.matches("GET /(index\\.html|runtime/.*|assets/.*)"));
            assertThat(zip.requests()).contains("GET /assets/echelle-participation.svg", "GET /runtime/player.js");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}

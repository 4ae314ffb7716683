package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.parcours.model.Course;
import org.parcours.model.Quiz;

/** A learner goes through the whole mini-MOOC with the keyboard alone, from the first page to the last. */
class KeyboardWalkIT extends InBrowser {
    private static StaticServer server;
    private static Course course;

    @BeforeAll
    static void start() {
        course = PlayerBuilds.model(PlayerBuilds.miniMooc());
        server = serve(PlayerBuilds.build(PlayerBuilds.miniMooc(), "web"));
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichLeadsToTheContent() {
        Player player = new Player(browser, Player.Names.FR).open(server.url("index.html#/encourager-la-participation"));
        org.openqa.selenium.WebElement skip = Ui.tabTo(browser.driver(), "link", "Aller au contenu", 1);
        assertThat(skip.getRect().getY()).as("the skip link shows when focused").isGreaterThanOrEqualTo(0);
        Ui.press(browser.driver(), Keys.ENTER);
        assertThat(player.focusIsOnHeading()).isTrue();
        assertThat(player.unit()).isEqualTo("encourager-la-participation");
    }

    @Test
    void onANarrowScreenTheMenuOpensAndClosesWithTheKeyboard() {
        browser.resize(320, 800);
        try {
            Player player = new Player(browser, Player.Names.FR).open(server.url("index.html#/encourager-la-participation"));
            org.openqa.selenium.WebElement menu = Ui.tabTo(browser.driver(), "button", "Menu", 3);
            assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(browser.driver().findElement(org.openqa.selenium.By.id("P-menu")).isDisplayed()).isFalse();
            Ui.press(browser.driver(), Keys.ENTER);
            assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
            // focus goes into the menu, on the unit shown
            assertThat(Ui.focused(browser.driver()).getAttribute("aria-current")).isEqualTo("page");
            Ui.press(browser.driver(), Keys.ESCAPE);
            assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(Ui.name(Ui.focused(browser.driver()))).isEqualTo("Menu");
            Ui.press(browser.driver(), Keys.ENTER);
            Ui.tabTo(browser.driver(), "link", "Glossaire (non commencé)", 40);
            Ui.press(browser.driver(), Keys.ENTER);
            player.waitForUnit("glossaire");
            assertThat(player.focusIsOnHeading()).isTrue();
            assertThat(menu.getAttribute("aria-expanded")).as("the menu closes once a unit is chosen").isEqualTo("false");
        } finally {
            browser.resize(1280, 900);
        }
    }

    @Test
    void aLessonPrintsWithoutTheMenuAndTheControls() {
        Player player = new Player(browser, Player.Names.FR).open(server.url("index.html#/encourager-la-participation"));
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            for (String hidden : java.util.List.of(".topbar", "#P-menu", ".pager", ".skip-link")) {
                assertThat(browser.js("return getComputedStyle(document.querySelector(arguments[0])).display;", hidden))
                        .as(hidden).isEqualTo("none");
            }
            assertThat(browser.driver().findElement(org.openqa.selenium.By.cssSelector("#P-unit h1")).isDisplayed()).isTrue();
            assertThat(player.heading()).startsWith("Comment les élus");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    @Test
    void goesThroughTheWholeMiniMoocWithTheKeyboardOnly() {
        Player player = new Player(browser, Player.Names.FR).open(server.url("index.html"));
        QuizKeyboard quiz = new QuizKeyboard(browser.driver(), player.names);
        List<Map<String, Object>> units = player.units();
        assertThat(player.unit()).isEqualTo(units.get(0).get("id"));

        for (int i = 0; i < units.size(); i++) {
            Map<String, Object> unit = units.get(i);
            String id = (String) unit.get("id");
            assertThat(player.unit()).as("unit %d", i).isEqualTo(id);
            assertThat(player.heading()).isEqualTo(unit.get("title"));
            if (i > 0) assertThat(player.focusIsOnHeading()).as("focus on the heading of %s", id).isTrue();
            switch ((String) unit.get("kind")) {
                case "lesson", "page" -> player.readToEnd();
                case "quiz" -> {
                    Quiz q = course.quizzes().stream().filter(x -> x.id().value().equals(id)).findFirst().orElseThrow();
                    quiz.answerAll(q, true);
                    browser.waitUntil("return document.activeElement && document.activeElement.matches('[data-quiz-result] h2');", 10);
                    assertThat(quiz.verdict()).contains("Réussi");
                    assertThat(quiz.score()).startsWith("Score : 100 %");
                    assertThat(player.menuState(id)).isEqualTo("réussi, 100 %");
                }
                default -> { }
            }
            if (i < units.size() - 1) player.nextWithKeyboard();
        }

        assertThat(Ui.findAll(browser.driver(), "link", "Suivant")).as("no « Suivant » on the last page").isEmpty();
        assertThat(player.progressText()).isEqualTo("12 leçons terminées sur 12");
        for (Map<String, Object> unit : units) {
            if ("lesson".equals(unit.get("kind"))) assertThat(player.menuState((String) unit.get("id"))).isEqualTo("terminé");
        }
        // the way back works the same way
        Ui.tabTo(browser.driver(), "link", "Précédent", 100);
        Ui.press(browser.driver(), Keys.ENTER);
        player.waitForUnit((String) units.get(units.size() - 2).get("id"));
        assertThat(player.focusIsOnHeading()).isTrue();
        assertThat(browser.consoleErrors()).isEmpty();
    }
}

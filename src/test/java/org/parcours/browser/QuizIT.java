package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.parcours.model.Course;
import org.parcours.model.Quiz;

/** The quiz engine as a learner meets it: feedback, score, pass/fail, attempts, pools, the locked assessment. */
class QuizIT extends InBrowser {
    private static final String QUIZ = "role-des-elus-quiz";
    private static StaticServer mooc;
    private static StaticServer fixture;
    private static Course moocCourse;
    private static Course fixtureCourse;

    @BeforeAll
    static void start() {
        moocCourse = PlayerBuilds.model(PlayerBuilds.miniMooc());
        fixtureCourse = PlayerBuilds.model(PlayerBuilds.fixture("complete"));
        mooc = serve(PlayerBuilds.webFolder(PlayerBuilds.miniMooc()));
        fixture = serve(PlayerBuilds.webFolder(PlayerBuilds.fixture("complete")));
    }

    private Player open(StaticServer server, Player.Names names, String unit) {
        Player player = new Player(browser, names).open(server.url("index.html#/" + unit));
        player.waitForUnit(unit);
        browser.js("document.querySelector('#P-unit h1').focus();");
        return player;
    }

    private static Quiz quiz(Course course, String id) {
        return course.quizzes().stream().filter(q -> q.id().value().equals(id)).findFirst().orElseThrow();
    }

    private String text(String css) {
        return Ui.plain((String) browser.js("return document.querySelector(arguments[0]).textContent;", css));
    }

    private void waitForResult() {
        browser.waitUntil("return !document.querySelector('#P-unit [data-quiz-result]').hidden;", 10);
    }

    @Test
    void rightAnswersScoreFullMarksAndPass() {
        Player player = open(mooc, Player.Names.FR, QUIZ);
        QuizKeyboard keys = new QuizKeyboard(browser.driver(), player.names);
        keys.answerAll(quiz(moocCourse, QUIZ), true);
        waitForResult();
        assertThat(keys.verdict()).contains("Réussi");
        assertThat(keys.score()).isEqualTo("Score : 100 % (8 points sur 8).");
        assertThat(text("#P-unit [data-quiz-summary]")).contains("Seuil de réussite : 70 %.").contains("Bravo !")
                .contains("Tentative 1 sur 3. Il vous reste 2 tentatives.");
        assertThat(Ui.name(Ui.focused(browser.driver()))).isEqualTo("Résultat");
        browser.waitUntil("return document.getElementById('P-status').textContent.length > 0;", 5);
        assertThat(Ui.plain(player.status())).isEqualTo("Réussi. Score : 100 % (8 points sur 8).");
        List<WebElement> verdicts = browser.driver().findElements(By.cssSelector("#P-unit .verdict"));
        assertThat(verdicts).hasSize(8).allSatisfy(v -> assertThat(v.getText()).isEqualTo("✓ Bonne réponse"));
        assertThat(player.menuState(QUIZ)).isEqualTo("réussi, 100 %");
        assertThat(Ui.findAll(browser.driver(), "button", "Nouvelle tentative")).hasSize(1);
    }

    @Test
    void wrongAnswersFailAndExplainEachChoiceAndEachQuestion() {
        Player player = open(mooc, Player.Names.FR, QUIZ);
        QuizKeyboard keys = new QuizKeyboard(browser.driver(), player.names);
        keys.answerAll(quiz(moocCourse, QUIZ), false);
        waitForResult();
        assertThat(keys.verdict()).contains("Non réussi");
        assertThat(keys.score()).isEqualTo("Score : 0 % (0 point sur 8).");
        assertThat(text("#P-unit [data-quiz-summary]")).contains("Ce n’est pas encore tout à fait acquis.");
        assertThat(player.menuState(QUIZ)).isEqualTo("non réussi, 0 %");

        String single = "#Q-role-des-elus-seuil-conseils-quartier";
        assertThat(text(single + " [data-feedback]")).startsWith("✗ Réponse incorrecte").contains("obligatoires à partir de 80 000 habitants")
                .contains("Revoir la leçon : Comment les élus peuvent-ils encourager la participation citoyenne ?");
        // the learner's wrong choice says why; the right one is shown as such (in words, not only in colour)
        assertThat(text(single + " li.choice-wrong .mark")).startsWith("✗ (votre choix)")
                .contains("entre 20 000 et 79 999 habitants, les conseils de quartier sont seulement facultatifs");
        assertThat(text(single + " li.choice-right .mark")).isEqualTo("✓ (bonne réponse)");
        assertThat(text("#Q-role-des-elus-seuil-commission-accessibilite [data-feedback]")).contains("Réponse attendue : 5 000");
        assertThat(text("#Q-role-des-elus-ordre-echelle-simplifiee [data-feedback]"))
                .contains("Ordre attendu :").contains("Information").contains("Codécision");
        assertThat(browser.driver().findElements(By.cssSelector("#Q-role-des-elus-outils-consultation li.choice-wrong"))).hasSize(4);
        // a long answer may not fit its select: the review writes the learner's and the expected one in full
        assertThat(text("#Q-role-des-elus-outils-consultation li.choice-wrong .mark")).isEqualTo("✗ Votre choix : Prendre une décision,"
                + " si au moins la moitié des électeurs inscrits a votéRéponse attendue : Recueillir un avis qui ne lie pas le conseil municipal");
        assertThat(browser.js("return Array.prototype.every.call(document.querySelectorAll('#P-unit fieldset'), f => f.disabled);"))
                .isEqualTo(true);

        // « Revoir la leçon » leads to the lesson, with the keyboard
        Ui.tabTo(browser.driver(), "link", "Revoir la leçon : Comment les élus peuvent-ils encourager la participation citoyenne ?", 40);
        Ui.press(browser.driver(), Keys.ENTER);
        player.waitForUnit("encourager-la-participation");
        assertThat(player.focusIsOnHeading()).isTrue();
    }

    @Test
    void usesUpItsAttemptsThenOnlyShowsTheReview() {
        Player player = open(mooc, Player.Names.FR, QUIZ);
        QuizKeyboard keys = new QuizKeyboard(browser.driver(), player.names);
        for (int attempt = 1; attempt <= 3; attempt++) {
            keys.answerAll(quiz(moocCourse, QUIZ), false);
            waitForResult();
            String attempts = text("#P-unit .result-attempts");
            if (attempt < 3) {
                assertThat(attempts).startsWith("Tentative " + attempt + " sur 3.");
                Ui.tabTo(browser.driver(), "button", "Nouvelle tentative", 10);
                Ui.press(browser.driver(), Keys.ENTER);
                browser.waitUntil("return document.querySelector('#P-unit [data-quiz-result]').hidden;", 10);
                assertThat(player.focusIsOnHeading()).isTrue();
                assertThat(browser.js("return document.querySelectorAll('#P-unit fieldset:disabled').length;")).isEqualTo(0L);
            } else {
                assertThat(attempts).isEqualTo("Tentative 3 sur 3. Vous avez utilisé toutes vos tentatives.");
            }
        }
        assertThat(Ui.findAll(browser.driver(), "button", "Nouvelle tentative")).isEmpty();
        assertThat(Ui.findAll(browser.driver(), "button", "Valider")).isEmpty();
        browser.driver().navigate().refresh();
        player.waitReady();
        player.waitForUnit(QUIZ);
        assertThat(text("#P-unit .result-attempts")).isEqualTo("Tentative 3 sur 3. Vous avez utilisé toutes vos tentatives.");
        assertThat(Ui.findAll(browser.driver(), "button", "Nouvelle tentative")).isEmpty();
    }

    @Test
    void everyQuestionTypeIsGradedInEnglish() {
        Quiz basics = quiz(fixtureCourse, "basics-quiz");
        Player player = open(fixture, Player.Names.EN, "basics-quiz");
        QuizKeyboard keys = new QuizKeyboard(browser.driver(), player.names);
        assertThat(keys.shownQuestions()).hasSize(7);
        keys.answerAll(basics, true);
        waitForResult();
        assertThat(keys.verdict()).contains("Passed");
        assertThat(keys.score()).isEqualTo("Score: 100% (7 points of 7).");
        assertThat(text("#P-unit .result-attempts")).isEqualTo("Attempt 1 of 2. You have 1 attempt left.");
    }

    @Test
    void fillInIgnoresCaseAndAccentsAndNumbersAcceptTheirTolerance() {
        Quiz basics = quiz(fixtureCourse, "basics-quiz");
        Player player = open(fixture, Player.Names.EN, "basics-quiz");
        QuizKeyboard keys = new QuizKeyboard(browser.driver(), player.names);
        for (String id : keys.shownQuestions()) {
            switch (id) {
                case "basics-fillin" -> {
                    Ui.tabUntil(browser.driver(), e -> "Q-basics-fillin-input".equals(e.getAttribute("id")), 60, "fill-in");
                    Ui.press(browser.driver(), "  ELU ");
                }
                case "basics-numeric" -> {
                    Ui.tabUntil(browser.driver(), e -> "Q-basics-numeric-input".equals(e.getAttribute("id")), 60, "number");
                    Ui.press(browser.driver(), "2.4");
                }
                default -> keys.answer(QuizKeyboard.question(basics, id), false);
            }
        }
        keys.submit();
        waitForResult();
        assertThat(text("#Q-basics-fillin [data-feedback]")).startsWith("✓ Correct");
        assertThat(text("#Q-basics-numeric [data-feedback]")).startsWith("✓ Correct").contains("Two levels.");
        assertThat(keys.score()).isEqualTo("Score: 29% (2 points of 7).");
        assertThat(keys.verdict()).contains("Not passed");
    }

    @Test
    void aNumberThatIsNotANumberIsSaidSo() {
        open(fixture, Player.Names.EN, "basics-quiz");
        Ui.tabUntil(browser.driver(), e -> "Q-basics-numeric-input".equals(e.getAttribute("id")), 60, "number");
        Ui.press(browser.driver(), "two", Keys.TAB);
        WebElement field = browser.driver().findElement(By.id("Q-basics-numeric-input"));
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAccessibleName()).isEqualTo("Your answer (a number)");
        assertThat(text("#Q-basics-numeric-input-error")).isEqualTo("Type a number, for example 12 or 3.5.");
    }

    @Test
    void theAssessmentIsLockedUntilEveryLessonIsComplete() {
        Player player = open(fixture, Player.Names.EN, "assessment");
        assertThat(text("#P-unit [data-quiz-locked]")).contains("This assessment unlocks once every lesson is completed.")
                .contains("First steps").contains("Going further");
        assertThat(browser.js("return document.querySelector('#P-unit [data-quiz-form]').hidden;")).isEqualTo(true);
        assertThat(player.menuState("assessment")).isEqualTo("locked");

        for (String lesson : List.of("first-steps", "going-further")) {
            browser.js("location.hash = '#/' + arguments[0];", lesson);
            player.waitForUnit(lesson);
            player.readToEnd();
        }
        assertThat(player.menuState("assessment")).isEqualTo("not started");
        browser.js("location.hash = '#/assessment';");
        player.waitForUnit("assessment");
        assertThat(browser.js("return document.querySelector('#P-unit [data-quiz-locked]').hidden;")).isEqualTo(true);
        assertThat(new QuizKeyboard(browser.driver(), player.names).shownQuestions()).hasSize(3);
    }

    @Test
    void aPoolDrawsItsQuestionsAgainForEachAttempt() {
        browser.js("localStorage.clear();");
        Player player = open(fixture, Player.Names.EN, "assessment");
        // the lessons are complete: the assessment opens
        browser.js("localStorage.setItem('parcours:https://example.org/courses/complete', JSON.stringify({v: 1, loc: 'assessment',"
                + " done: ['first-steps', 'going-further'], quiz: {}}));");
        browser.driver().navigate().refresh();
        player.waitReady();
        player.waitForUnit("assessment");
        Quiz assessment = quiz(fixtureCourse, "assessment");
        QuizKeyboard keys = new QuizKeyboard(browser.driver(), player.names);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int attempt = 1; attempt <= 8; attempt++) {
            List<String> shown = keys.shownQuestions();
            assertThat(shown).hasSize(3).doesNotHaveDuplicates();
            assertThat(shown).allMatch(id -> assessment.questions().stream().anyMatch(q -> q.id().value().equals(id)));
            seen.addAll(shown);
            browser.js("document.querySelector('#P-unit h1').focus();");
            keys.answerAll(assessment, attempt % 2 == 0);
            waitForResult();
            assertThat(keys.verdict()).contains(attempt % 2 == 0 ? "Passed" : "Not passed");
            Ui.tabTo(browser.driver(), "button", "Try again", 10);
            Ui.press(browser.driver(), Keys.ENTER);
            browser.waitUntil("return document.querySelector('#P-unit [data-quiz-result]').hidden;", 10);
        }
        // eight draws of 3 from 5 that all miss the same question: (3/5)^8 < 2 %
        assertThat(seen).as("questions drawn over eight attempts").hasSizeGreaterThan(3);
    }
}

package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parcours.model.Course;
import org.parcours.model.Quiz;

/** What the player tells its adapter, checked against docs/runtime.md, with the standalone adapter behind it. */
class TrackerContractIT extends InBrowser {
    private static final String MOOC = "https://w3id.org/parcours/courses/participation-des-habitants";
    private static AdapterCalls calls;
    private static StaticServer mooc;
    private static StaticServer fixture;

    @BeforeAll
    static void start() {
        mooc = serve(PlayerBuilds.webFolder(PlayerBuilds.miniMooc()));
        fixture = serve(PlayerBuilds.webFolder(PlayerBuilds.fixture("complete")));
        calls = new AdapterCalls(browser);
    }

    @Test
    void aCompletedLessonIsExperiencedBookmarkedSavedAndCountedInTheProgress() {
        Player player = new Player(browser, Player.Names.FR).open(mooc.url("index.html#/encourager-la-participation"));
        player.readToEnd();
        assertThat(calls.all().get(0).method()).isEqualTo("start");
        assertThat(calls.of("bookmark")).extracting(c -> c.arg(0).asText()).contains("encourager-la-participation");
        JsonNode unit = calls.of("experienced").get(0).arg(0);
        assertThat(unit.get("id").asText()).isEqualTo("encourager-la-participation");
        assertThat(unit.get("kind").asText()).isEqualTo("lesson");
        assertThat(unit.get("part").asText()).isEqualTo("role-des-elus");
        assertThat(unit.get("iri").asText()).isEqualTo(MOOC + "/role-des-elus/encourager-la-participation");
        assertThat(calls.of("progress").get(0).arg(0).asDouble()).isEqualTo(1.0 / 12);
        JsonNode state = calls.of("save").get(calls.of("save").size() - 1).arg(0);
        assertThat(state.get("v").asInt()).isEqualTo(1);
        assertThat(state.get("loc").asText()).isEqualTo("encourager-la-participation");
        assertThat(state.get("done").toString()).isEqualTo("[\"encourager-la-participation\"]");
        assertThat(player.savedState(MOOC)).isEqualTo(state.toString());
    }

    @Test
    void eachAnswerIsReportedInTheNeutralFormThenTheScore() {
        Course course = PlayerBuilds.model(PlayerBuilds.miniMooc());
        Quiz quiz = course.quizzes().get(0);
        Player player = new Player(browser, Player.Names.FR).open(mooc.url("index.html#/" + quiz.id()));
        browser.js("document.querySelector('#P-unit h1').focus();");
        new QuizKeyboard(browser.driver(), player.names).answerAll(quiz, true);
        browser.waitUntil("return !document.querySelector('#P-unit [data-quiz-result]').hidden;", 10);

        Map<String, JsonNode> answers = calls.of("answer").stream().map(c -> c.arg(0))
                .collect(Collectors.toMap(a -> a.get("questionId").asText(), a -> a));
        assertThat(answers).hasSize(8);
        String quizIri = MOOC + "/role-des-elus/role-des-elus-quiz";
        for (JsonNode a : answers.values()) {
            assertThat(a.get("quizId").asText()).isEqualTo("role-des-elus-quiz");
            assertThat(a.get("quizIri").asText()).isEqualTo(quizIri);
            assertThat(a.get("questionIri").asText()).isEqualTo(quizIri + "/" + a.get("questionId").asText());
            assertThat(a.get("success").asBoolean()).isTrue();
            assertThat(a.get("points").asInt()).isEqualTo(a.get("maxPoints").asInt()).isEqualTo(1);
            // right answers equal the correct form, but for fill-ins (a text against the accepted ones)
            if (!a.get("type").asText().equals("fillin")) assertThat(a.get("response")).isEqualTo(a.get("correct"));
            assertThat(a.get("part").asText()).isEqualTo("role-des-elus");
            assertThat(a.get("latencyMs").asLong()).isNotNegative();
            assertThat(Instant.parse(a.get("timestamp").asText())).isBefore(Instant.now().plusSeconds(5));
            assertThat(a.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        }
        // indexes are positions in the authoring order, whatever order the choices were shown in
        JsonNode single = answers.get("role-des-elus-seuil-conseils-quartier");
        assertThat(single.get("type").asText()).isEqualTo("single");
        assertThat(single.get("response").toString()).isEqualTo("[0]");
        assertThat(single.get("choices").get(0).get("text").asText())
                .isEqualTo("Non\u00a0: ils sont obligatoires à partir de 80\u00a0000 habitants, mais vous pouvez en créer");
        assertThat(answers.get("role-des-elus-outils-consultation").get("response").toString()).isEqualTo("[[0,0],[1,1],[2,2],[3,3]]");
        assertThat(answers.get("role-des-elus-outils-consultation").get("sources")).hasSize(4);
        assertThat(answers.get("role-des-elus-ordre-echelle-simplifiee").get("response").toString()).isEqualTo("[0,1,2,3,4]");
        assertThat(answers.get("role-des-elus-budget-participatif-ouvert").get("response").asBoolean()).isTrue();
        assertThat(answers.get("role-des-elus-seuil-commission-accessibilite").get("response").asText()).isEqualTo("5\u00a0000");
        assertThat(answers.get("role-des-elus-seuil-commission-accessibilite").get("correct").toString())
                .isEqualTo("[\"5\u00a0000\",\"5 000\",\"5000\",\"5.000\",\"5\u00a0000 habitants\",\"5 000 habitants\",\"5000 habitants\"]");
        assertThat(answers.get("role-des-elus-budget-participatif").get("response").toString()).isEqualTo("[0,1,2]");

        AdapterCalls.Call score = calls.of("score").get(0);
        assertThat(score.arg(0).get("id").asText()).isEqualTo("role-des-elus-quiz");
        assertThat(score.arg(0).get("iri").asText()).isEqualTo(quizIri);
        JsonNode result = score.arg(1);
        assertThat(result.get("scaled").asDouble()).isEqualTo(1.0);
        assertThat(result.get("raw").asInt()).isEqualTo(100);
        assertThat(result.get("min").asInt()).isZero();
        assertThat(result.get("max").asInt()).isEqualTo(100);
        assertThat(result.get("passed").asBoolean()).isTrue();
        assertThat(result.get("attempt").asInt()).isEqualTo(1);
        assertThat(result.get("durationMs").asLong()).isNotNegative();
        assertThat(calls.of("complete")).as("lessons are not complete yet").isEmpty();
    }

    @Test
    void theCourseIsCompleteOnceEveryLessonIsAndTheAssessmentHasAResult() {
        Course course = PlayerBuilds.model(PlayerBuilds.fixture("complete"));
        Player player = new Player(browser, Player.Names.EN).open(fixture.url("index.html#/first-steps"));
        player.readToEnd();
        browser.js("location.hash = '#/going-further';");
        player.waitForUnit("going-further");
        player.readToEnd();
        assertThat(calls.of("progress")).extracting(c -> c.arg(0).asDouble()).containsExactly(0.5, 1.0);
        assertThat(calls.of("complete")).as("graded by its assessment, not taken yet").isEmpty();

        browser.js("location.hash = '#/assessment';");
        player.waitForUnit("assessment");
        browser.js("document.querySelector('#P-unit h1').focus();");
        QuizKeyboard keys = new QuizKeyboard(browser.driver(), player.names);
        keys.answerAll(course.assessment().orElseThrow(), false);
        browser.waitUntil("return !document.querySelector('#P-unit [data-quiz-result]').hidden;", 10);
        List<AdapterCalls.Call> complete = calls.of("complete");
        assertThat(complete).hasSize(1);
        assertThat(complete.get(0).arg(0).toString()).isEqualTo("{\"completed\":true,\"passed\":false,\"scaled\":0}");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("P-notice")).getText())
                .isEqualTo("You have completed the course.");

        Ui.tabTo(browser.driver(), "button", "Try again", 10);
        Ui.press(browser.driver(), org.openqa.selenium.Keys.ENTER);
        browser.waitUntil("return document.querySelector('#P-unit [data-quiz-result]').hidden;", 10);
        keys.answerAll(course.assessment().orElseThrow(), true);
        browser.waitUntil("return !document.querySelector('#P-unit [data-quiz-result]').hidden;", 10);
        complete = calls.of("complete");
        assertThat(complete).hasSize(2);
        assertThat(complete.get(1).arg(0).toString()).isEqualTo("{\"completed\":true,\"passed\":true,\"scaled\":1}");
        assertThat(calls.of("finish")).isEmpty();
    }
}

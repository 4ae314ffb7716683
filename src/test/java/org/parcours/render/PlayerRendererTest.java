package org.parcours.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parcours.tree.FileTree;

class PlayerRendererTest {
    private static final Pattern DATA = Pattern.compile("<script type=\"application/json\" id=\"parcours-data\">(.*?)</script>", Pattern.DOTALL);

    static JsonNode data(String html) throws Exception {
        Matcher m = DATA.matcher(html);
        assertThat(m.find()).as("the page embeds its data").isTrue();
        return new ObjectMapper().readTree(m.group(1));
    }

    @Test
    void writesTheIndexTheRuntimeWithItsAdapterAndTheAssets() {
        FileTree tree = RenderFixtures.web("courses/complete");
        assertThat(tree.files().keySet()).containsExactly(
                "assets/diagram.svg", "assets/handout.pdf", "assets/talk.vtt", "assets/talk.wav", "index.html",
                "runtime/adapters/standalone.js", "runtime/grading.js", "runtime/i18n.js", "runtime/player.css",
                "runtime/player.js", "runtime/quiz.js", "runtime/tracker.js");
        String html = tree.text("index.html").orElseThrow();
        assertThat(html).containsSubsequence("runtime/i18n.js", "runtime/grading.js", "runtime/tracker.js",
                "runtime/adapters/standalone.js",
                "runtime/quiz.js", "runtime/player.js");
        assertThat(html).contains("<html lang=\"en\">").doesNotContain("http://").doesNotContain("https://fonts");
    }

    @Test
    void writesOnePagePerLessonQuizAndPageWhenAskedButNoneForParts() {
        FileTree tree = RenderFixtures.render("courses/complete", new PlayerOptions("standalone", true)).value().orElseThrow();
        assertThat(tree.files().keySet().stream().filter(p -> p.startsWith("units/"))).containsExactly(
                "units/assessment.html", "units/basics-quiz.html", "units/first-steps.html", "units/glossary.html",
                "units/going-further.html", "units/intro.html");
        String page = tree.text("units/first-steps.html").orElseThrow();
        assertThat(page).contains("src=\"../runtime/player.js\"", "href=\"../runtime/player.css\"", "src=\"../assets/diagram.svg\"",
                "href=\"../assets/handout.pdf\"").doesNotContain("id=\"P-menu\"");
        assertThat(page).contains("<template id=\"U-first-steps\"").doesNotContain("<template id=\"U-going-further\"");
    }

    @Test
    void embedsTheCourseDataOfTheRuntimeContract() throws Exception {
        JsonNode data = data(RenderFixtures.index("courses/complete"));
        assertThat(data.get("course").toString()).isEqualTo("{\"id\":\"https://example.org/courses/complete\",\"slug\":\"complete\","
                + "\"title\":\"Everything the player shows\",\"language\":\"en\",\"version\":\"2.0.0\",\"grading\":{\"passMark\":60,\"quizzes\":[\"assessment\"]},"
                + "\"lockAssessment\":true}");
        assertThat(data.get("adapter").asText()).isEqualTo("standalone");
        assertThat(data.get("scope").asText()).isEqualTo("course");
        assertThat(data.get("units").findValuesAsText("id")).containsExactly("intro", "basics", "first-steps",
                "going-further", "basics-quiz", "assessment", "glossary");
        JsonNode lesson = data.get("units").get(2);
        assertThat(lesson.toString()).isEqualTo("{\"id\":\"first-steps\",\"kind\":\"lesson\",\"part\":\"basics\","
                + "\"title\":\"First steps\",\"iri\":\"https://example.org/courses/complete/basics/first-steps\",\"minutes\":5}");
        assertThat(data.get("units").get(5).get("iri").asText()).isEqualTo("https://example.org/courses/complete/assessment");

        JsonNode quiz = data.get("quizzes").get("basics-quiz");
        assertThat(quiz.get("maxAttempts").asInt()).isEqualTo(2);
        assertThat(quiz.get("draw").asInt()).isEqualTo(7);
        assertThat(quiz.get("passingScore").asInt()).isEqualTo(60);
        JsonNode[] q = new JsonNode[7];
        for (int i = 0; i < 7; i++) q[i] = quiz.get("questions").get(i);
        assertThat(q[0].get("iri").asText()).isEqualTo("https://example.org/courses/complete/basics/basics-quiz/basics-single");
        assertThat(q[0].get("correct").toString()).isEqualTo("[1]");
        assertThat(q[0].get("choices").get(0).toString()).isEqualTo(
                "{\"id\":\"a\",\"text\":\"Inform\",\"feedback\":\"Informing tells, it does not ask.\"}");
        assertThat(q[1].get("correct").toString()).isEqualTo("[0,1]");
        assertThat(q[2].get("correct").asBoolean()).isTrue();
        assertThat(q[3].get("correct").toString()).isEqualTo("[\"élu\",\"elu\"]");
        assertThat(q[3].get("ignoreAccents").asBoolean()).isTrue();
        assertThat(q[4].get("correct").toString()).isEqualTo("[[0,0],[1,1],[2,2]]");
        assertThat(q[4].get("targets").toString()).isEqualTo("[\"Tell people\",\"Ask people\",\"Choose together\"]");
        assertThat(q[5].get("correct").toString()).isEqualTo("[0,1,2]");
        assertThat(q[6].get("correct").toString()).isEqualTo("{\"min\":1.5,\"max\":2.5}");
        assertThat(data.get("quizzes").get("assessment").get("draw").asInt()).isEqualTo(3);
        assertThat(data.get("quizzes").get("assessment").get("assessment").asBoolean()).isTrue();
    }

    @Test
    void theDataCannotCloseItsScriptElement() throws Exception {
        String html = RenderFixtures.index("courses/complete");
        Matcher m = DATA.matcher(html);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).doesNotContain("<");
    }

    @Test
    void theSameCourseGivesTheSameBytes() {
        FileTree a = RenderFixtures.web("courses/complete");
        FileTree b = RenderFixtures.web("courses/complete");
        assertThat(a.files().keySet()).isEqualTo(b.files().keySet());
        a.files().forEach((path, bytes) -> assertThat(Arrays.equals(bytes, b.files().get(path))).as(path).isTrue());
    }

    @Test
    void anAdapterThatIsNotShippedIsABug() {
        assertThatThrownBy(() -> RenderFixtures.render("courses/complete", new PlayerOptions("nothing", false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no runtime adapter 'nothing'");
        assertThatThrownBy(() -> new PlayerOptions("../x", false)).isInstanceOf(IllegalArgumentException.class);
    }
}

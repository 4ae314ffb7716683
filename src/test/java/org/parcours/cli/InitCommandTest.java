package org.parcours.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `parcours init x && parcours check x && parcours build x`: a starter course that is valid as written. */
class InitCommandTest {

    @Test
    void initThenCheckThenBuildPassWithNoWarning(@TempDir Path tmp) {
        Path course = tmp.resolve("x");
        Cli init = Cli.run("init", course.toString(), "--title", "Mon « premier » cours : essai");
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(init.out()).contains("created " + course.resolve("course.yaml"));

        Cli check = Cli.run("check", "--color", "never", course.toString());
        assertThat(check.out()).isEqualTo(course + ": 0 errors, 0 warnings\n");
        assertThat(check.exit()).isZero();

        Cli build = Cli.run("build", "--color", "never", "--out", tmp.resolve("dist").toString(), course.toString());
        assertThat(build.exit()).as(build.out() + build.err()).isZero();
        assertThat(tmp.resolve("dist/mon-premier-cours-essai-0.1.0-scorm12.zip")).isRegularFile();
        assertThat(tmp.resolve("dist/mon-premier-cours-essai-0.1.0-web/index.html")).isRegularFile();
    }

    @Test
    void theStarterShowsEveryBlockAndEveryQuestionType(@TempDir Path tmp) throws IOException {
        Path course = tmp.resolve("x");
        Cli.run("init", course.toString());
        String lesson = Files.readString(course.resolve("01-premiers-pas/01-decouvrir-le-format.md"));
        assertThat(lesson).contains("::: callout", "::: details", "::: audio", "::: download", "::: video", "![");
        String quiz = Files.readString(course.resolve("01-premiers-pas/quiz.yaml"));
        for (String type : new String[] {"single", "multiple", "truefalse", "fillin", "matching", "ordering", "numeric"}) {
            assertThat(quiz).contains("type: " + type + "\n");
        }
        assertThat(course.resolve("pages/01-glossaire.md")).isRegularFile();
        assertThat(course.resolve("assets/schema.svg")).isRegularFile();
        assertThat(Files.readAllBytes(course.resolve("assets/bienvenue.wav"))).hasSize(8044).startsWith('R', 'I', 'F', 'F');
    }

    @Test
    void editorsFindTheSchemasBesideTheCourse(@TempDir Path tmp) throws IOException {
        Path course = tmp.resolve("x");
        Cli.run("init", course.toString());
        JsonNode settings = new ObjectMapper().readTree(course.resolve(".vscode/settings.json").toFile());
        settings.get("yaml.schemas").fieldNames().forEachRemaining(schema ->
                assertThat(course.resolve(schema)).as("schema %s", schema).isRegularFile());
        assertThat(Files.readString(course.resolve("course.yaml")))
                .startsWith("# yaml-language-server: $schema=.schemas/course.schema.json\n");
        assertThat(course.resolve("01-premiers-pas").resolve("../.schemas/part.schema.json").normalize()).isRegularFile();
        JsonNode schema = new ObjectMapper().readTree(course.resolve(".schemas/quiz.schema.json").toFile());
        assertThat(schema.get("$id").asText()).isEqualTo("https://w3id.org/parcours/schemas/quiz.schema.json");
    }

    @Test
    void refusesAFolderThatIsNotEmpty(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        Cli run = Cli.run("init", tmp.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("'" + tmp + "' is not empty");
        assertThat(Files.readString(tmp.resolve("notes.txt"))).isEqualTo("mine");
    }
}

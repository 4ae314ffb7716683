package org.parcours.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `parcours diff` on the mini-MOOC and a copy of it with one lesson renamed (file and references), one lesson
 * removed (and the references to it) and one question's id changed: exactly those three changes, each breaking,
 * each saying what learners lose.
 */
class DiffCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RENAMED_FROM = "03-formation-aux-outils";
    private static final String RENAMED_TO = "03-formation-des-agents";
    private static final String REMOVED = "03-cohesion-sociale";

    @TempDir
    static Path tmp;
    static Path old;
    static Path now;
    static String questionId;

    @BeforeAll
    static void copyAndEditTheMiniMooc() throws IOException {
        old = copy(Path.of("course"), tmp.resolve("old"));
        now = copy(Path.of("course"), tmp.resolve("new"));
        Files.move(now.resolve("03-civic-tech/" + RENAMED_FROM + ".md"), now.resolve("03-civic-tech/" + RENAMED_TO + ".md"));
        Files.delete(now.resolve("04-mobilisation-et-inclusion/" + REMOVED + ".md"));
        Path quiz = now.resolve("01-role-des-elus/quiz.yaml");
        Matcher first = Pattern.compile("(?m)^ *- id: ([a-z0-9-]+)$").matcher(Files.readString(quiz));
        assertThat(first.find()).isTrue();
        questionId = first.group(1);
        Files.writeString(quiz, Files.readString(quiz).replace("- id: " + questionId + "\n", "- id: " + questionId + "-v2\n"));
        // what an author does with the references: follow the rename, drop the links to the removed lesson
        try (var walk = Files.walk(now)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(p);
                String edited = text.replace(RENAMED_FROM + ".md", RENAMED_TO + ".md")
                        .replace("lesson: formation-aux-outils", "lesson: formation-des-agents")
                        .replaceAll("\\[([^\\]]*)\\]\\([^)]*" + REMOVED + "\\.md[^)]*\\)", "$1")
                        .replaceAll("(?m)^ *lesson: cohesion-sociale\\n", "");
                if (!edited.equals(text)) Files.writeString(p, edited);
            }
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }

    @Test
    void reportsExactlyTheRenamedLessonTheRemovedLessonAndTheChangedQuestionId() throws Exception {
        Cli run = Cli.run("diff", old.toString(), now.toString(), "--report", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        JsonNode changes = JSON.readTree(run.out()).get("changes");
        assertThat(changes).hasSize(3);
        assertThat(changes).extracting(c -> c.get("kind").asText() + " " + c.get("subject").asText() + " "
                + c.get("old").asText() + " -> " + c.get("new").asText()).containsExactly(
                "removed lesson cohesion-sociale -> ",
                "renamed lesson formation-aux-outils -> formation-des-agents",
                "renamed question " + questionId + " -> " + questionId + "-v2");
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.get("breaking").asBoolean()).isTrue();
            assertThat(c.get("learnersLose").asText()).isNotBlank();
        });
        assertThat(changes.get(0).get("learnersLose").asText()).contains("completion");
        assertThat(changes.get(1).get("learnersLose").asText()).contains("completion")
                .contains("/civic-tech/formation-aux-outils");
        assertThat(changes.get(2).get("learnersLose").asText()).contains("saved answer");
    }

    @Test
    void textSaysWhatEachLearnerLosesAndFailOnBreakingFails() {
        Cli run = Cli.run("diff", old.toString(), now.toString(), "--fail-on", "breaking");
        assertThat(run.exit()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).startsWith("breaking: lesson removed: cohesion-sociale « ");
        assertThat(lines.get(1)).startsWith("    learners lose: the lesson's completion");
        assertThat(lines.get(2)).startsWith("breaking: lesson renamed: formation-aux-outils → formation-des-agents « ");
        assertThat(lines.get(4)).startsWith("breaking: question renamed: " + questionId + " → " + questionId + "-v2 « ");
        assertThat(lines.get(6)).endsWith(": 3 changes, 3 breaking");
    }

    @Test
    void markdownIsATableForAPullRequestComment() {
        Cli run = Cli.run("diff", old.toString(), now.toString(), "--report", "markdown");
        assertThat(run.out()).contains("3 changes, **3 breaking**")
                .contains("| ⚠️ breaking | lesson renamed | ")
                .contains("| `formation-aux-outils` | `formation-des-agents` |");
    }

    @Test
    void aCourseComparedWithItselfHasNoChangeAndPassesFailOnAny() {
        Cli run = Cli.run("diff", old.toString(), old.toString(), "--fail-on", "any");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).endsWith(": 0 changes, 0 breaking\n");
    }

    @Test
    void gitRefsAreComparedFromTheRepositoryHere() {
        // this project is a git repository whose course/ holds the mini-MOOC: HEAD against itself
        Cli run = Cli.run("diff", "HEAD", "HEAD", "--fail-on", "any");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("HEAD → HEAD: 0 changes, 0 breaking\n");
    }

    @Test
    void frenchSaysTheSameInFrench() {
        Cli run = Cli.run("diff", old.toString(), now.toString(), "--lang", "fr");
        // French typography puts no-break spaces before the colons
        String out = run.out().replace('\u00a0', ' ').replace('\u202f', ' ');
        assertThat(out).contains("avec perte : suppression (leçon) : cohesion-sociale « ")
                .contains("    les apprenants perdent : l")
                .contains("achèvement de la leçon")
                .endsWith(" : 3 changements, 3 avec perte\n");
    }

    @Test
    void somethingThatIsNeitherAFolderNorAGitRefIsAUsageError() {
        Cli run = Cli.run("diff", "no-such-version-anywhere", old.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("'no-such-version-anywhere' is neither a course folder nor a git ref");
    }
}

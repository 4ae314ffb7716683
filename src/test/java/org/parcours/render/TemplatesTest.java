package org.parcours.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.parcours.diag.Diagnostic;
import org.parcours.diag.Result;
import org.parcours.tree.FileTree;

/** A course's templates/ folder overrides the built-in templates; its mistakes are diagnostics. */
class TemplatesTest {

    @Test
    void aCourseTemplateReplacesTheBuiltInOneOfTheSameName() {
        FileTree tree = RenderFixtures.web("courses/override");
        String lesson = RenderFixtures.unit(tree.text("index.html").orElseThrow(), "lecon");
        assertThat(lesson).contains("<p class=\"house-banner\">Formation de la Ville exemple</p>", "<p>Le texte de la leçon.</p>");
        // the other templates are still the built-in ones
        assertThat(RenderFixtures.unit(tree.text("index.html").orElseThrow(), "partie")).contains("<p class=\"kicker\">Partie 1</p>");
    }

    @Test
    void theThemeFolderShipsAndItsStylesheetLoadsAfterThePlayers() {
        FileTree tree = RenderFixtures.web("courses/override");
        assertThat(tree.contains("theme/theme.css")).isTrue();
        assertThat(tree.text("index.html").orElseThrow())
                .containsSubsequence("href=\"runtime/player.css\"", "href=\"theme/theme.css\"");
    }

    @Test
    void aBrokenCourseTemplateIsAnErrorAtItsPosition(@TempDir Path tmp) {
        Result<FileTree> r = RenderFixtures.renderInvalid("R501", tmp);
        assertThat(r.value()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::headline).containsExactly(
                "course/templates/lesson.ftlh:3:7: error R501: The following has evaluated to null or missing:"
                        + " ==> lesson.titel [in template \"lesson.ftlh\" at line 3, column 7]");
    }

    @Test
    void templatesSeeViewRecordsNotTheModel(@TempDir Path tmp) {
        // LessonView has blocks, not the model's body: a template cannot reach into the model
        assertThat(RenderFixtures.renderInvalid("R501", tmp).diagnostics().get(0).message())
                .contains("lesson.titel");
        assertThat(new LessonView("a", "lesson", "", "T", 1, List.of(), List.of()).getClass().getRecordComponents())
                .extracting(c -> c.getName()).containsExactly("id", "kind", "kicker", "title", "minutes", "objectives", "blocks");
    }

    @Test
    void aTemplateThatReplacesNothingIsReported(@TempDir Path tmp) {
        Result<FileTree> r = RenderFixtures.renderInvalid("R502", tmp);
        assertThat(r.value()).isPresent();
        assertThat(r.diagnostics()).extracting(Diagnostic::headline).containsExactly(
                "course/templates/lessons.ftlh:1:1: warning R502: 'lessons.ftlh' does not replace a built-in template and is ignored");
    }

    @Test
    void themeColoursTooPaleForWcagAreReported(@TempDir Path tmp) {
        Result<FileTree> r = RenderFixtures.renderInvalid("R503", tmp);
        assertThat(r.value()).isPresent();
        assertThat(r.diagnostics()).extracting(Diagnostic::headline).containsExactly(
                "course/course.yaml:1:1: warning R503: theme primaryColor #7fa7d1 has a contrast of 2.51:1 on white, below 4.5:1",
                "course/course.yaml:1:1: warning R503: theme accentColor #eeeeee has a contrast of 1.16:1 on white, below 3:1");
    }

    @Test
    void theLogoColoursAndFontComeFromCourseYaml(@TempDir Path tmp) throws Exception {
        Path course = tmp.resolve("course");
        org.parcours.Fixtures.copyTree(RenderFixtures.path("courses/complete"), course);
        java.nio.file.Files.createDirectories(course.resolve("assets/fonts"));
        java.nio.file.Files.write(course.resolve("assets/fonts/course.woff2"), new byte[] {'w', 'O', 'F', '2'});
        java.nio.file.Files.writeString(course.resolve("course.yaml"), java.nio.file.Files.readString(course.resolve("course.yaml"))
                .replace("  font: serif", "  font: assets/fonts/course.woff2\n  logo: assets/diagram.svg"));
        var checked = org.parcours.Parcours.check(course, "course");
        String page = PlayerRenderer.render(checked.value().orElseThrow(), new PlayerOptions("standalone", true)).value()
                .orElseThrow().text("units/first-steps.html").orElseThrow();
        assertThat(page).contains("<img class=\"logo\" src=\"../assets/diagram.svg\" alt=\"\">",
                "@font-face { font-family: \"Course font\"; src: url(\"../assets/fonts/course.woff2\") format(\"woff2\");",
                ":root { --primary: #2b4a1e; --accent: #7a2e0e; --font: \"Course font\", system-ui,");
        assertThat(RenderFixtures.index("courses/complete")).contains("--font: Georgia, Cambria,");
    }

    @Test
    void aThemeFontThatIsNotThereIsAMissingAsset(@TempDir Path tmp) throws Exception {
        Path course = tmp.resolve("course");
        org.parcours.Fixtures.copyTree(RenderFixtures.path("courses/complete"), course);
        java.nio.file.Files.writeString(course.resolve("course.yaml"), java.nio.file.Files.readString(course.resolve("course.yaml"))
                .replace("  font: serif", "  font: assets/fonts/none.woff2"));
        assertThat(org.parcours.Parcours.check(course, "course").diagnostics()).extracting(Diagnostic::headline)
                .containsExactly("course/course.yaml:17:9: error L103: font 'assets/fonts/none.woff2' not found");
    }

    @Test
    void theDefaultThemePassesWcagContrast() {
        assertThat(Themes.contrastOnWhite("#1f4e79")).isGreaterThan(4.5);
        assertThat(Themes.contrastOnWhite("#8a3b12")).isGreaterThan(4.5);
        assertThat(Themes.contrastOnWhite("#fff")).isEqualTo(1.0);
        assertThat(Themes.contrastOnWhite("#000000")).isEqualTo(21.0);
    }

    @Test
    void everyBuiltInTemplateIsNamedInTheHintOfR502() {
        assertThat(org.parcours.diag.Code.UNKNOWN_TEMPLATE.defaultHint()).contains(Templates.BUILT_IN);
    }
}

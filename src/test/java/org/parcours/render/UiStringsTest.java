package org.parcours.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The UI strings shared by the templates and the runtime (runtime/i18n.js). */
class UiStringsTest {

    @Test
    void frenchAndEnglishHaveTheSameKeys() {
        assertThat(UiStrings.forLanguage("fr").keySet()).isEqualTo(UiStrings.forLanguage("en").keySet());
    }

    @Test
    void theCourseLanguageChoosesTheUiLanguage() {
        assertThat(UiStrings.forLanguage("fr").get("next")).isEqualTo("Suivant");
        assertThat(UiStrings.forLanguage("fr-CA").get("next")).isEqualTo("Suivant");
        assertThat(UiStrings.forLanguage("en-GB").get("next")).isEqualTo("Next");
        assertThat(UiStrings.forLanguage("de").get("next")).isEqualTo("Next");
    }

    @Test
    void theControlsHaveTheirStableNames() {
        Map<String, String> fr = UiStrings.forLanguage("fr");
        assertThat(fr).containsEntry("next", "Suivant").containsEntry("previous", "Précédent")
                .containsEntry("submit", "Valider").containsEntry("menu", "Menu");
        Map<String, String> en = UiStrings.forLanguage("en");
        assertThat(en).containsEntry("next", "Next").containsEntry("previous", "Previous")
                .containsEntry("submit", "Submit").containsEntry("menu", "Menu");
    }

    @Test
    void everyStringIsUsedByATemplateOrTheRuntime() throws Exception {
        StringBuilder code = new StringBuilder();
        for (String dir : java.util.List.of("src/main/resources/org/parcours/templates", "src/main/resources/org/parcours/runtime",
                "src/main/java/org/parcours/render")) {
            try (var files = java.nio.file.Files.walk(java.nio.file.Path.of(dir))) {
                for (var f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                    if (!f.getFileName().toString().equals("i18n.js")) code.append(java.nio.file.Files.readString(f));
                }
            }
        }
        for (String key : UiStrings.forLanguage("en").keySet()) {
            String base = key.replaceAll("_(one|other)$", "");
            assertThat(code.toString()).as(key).containsAnyOf("t." + base, "\"" + base + "\"");
        }
    }

    @Test
    void frenchStringsFollowFrenchTypography() {
        UiStrings.forLanguage("fr").forEach((key, text) -> assertThat(text).as(key)
                .doesNotContain(" :", " ;", " !", " ?", " %", "« ", " »", "'", "\""));
    }
}

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
    void frenchStringsFollowFrenchTypography() {
        UiStrings.forLanguage("fr").forEach((key, text) -> assertThat(text).as(key)
                .doesNotContain(" :", " ;", " !", " ?", " %", "« ", " »", "'", "\""));
    }
}

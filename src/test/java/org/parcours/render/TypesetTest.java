package org.parcours.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A French course typed with ordinary spaces renders with French no-break spaces; code and attributes stay. */
class TypesetTest {
    private static final String N = "\u00A0";
    private static final String NN = "\u202F";
    private static final String HTML = RenderFixtures.index("courses/typo-fr");

    @Test
    void bodiesGetNoBreakSpacesAcrossTheSourcesLineBreaks() {
        String lesson = RenderFixtures.unit(HTML, "avant-la-ponctuation");
        assertThat(lesson).contains("signes doubles" + N + ": deux-points", "point d’exclamation".replace("’", "'") + NN + "! point",
                "«" + N + "comme ceci" + N + "»", "très gênant" + NN + "!");
        assertThat(lesson).contains("d'interrogation" + NN + "?");
    }

    @Test
    void codeUrlsAndLinkTargetsAreLeftAsWritten() {
        String lesson = RenderFixtures.unit(HTML, "avant-la-ponctuation");
        assertThat(lesson).contains("<code>a ? b : c</code>", "https://example.org/?q=1", "href=\"#/dans-les-nombres\"");
    }

    @Test
    void titlesPromptsChoicesAndNumbersAreTypesetToo() {
        assertThat(HTML).contains("Avant la ponctuation" + N + ": l'espace insécable", "Quelle espace met-on avant un point d'interrogation" + NN + "?",
                "Une espace fine insécable" + NN + "!", "20" + NN + "000 habitants, 15" + N + "%, 12" + N + "€",
                "La loi n°" + N + "2002-276");
    }

    @Test
    void headingsKeepTheAnchorsTheLoaderComputed() {
        assertThat(RenderFixtures.unit(HTML, "avant-la-ponctuation"))
                .contains("<h2 id=\"pourquoi-est-ce-important\">Pourquoi est-ce important" + NN + "?</h2>");
    }

    @Test
    void theAnswersALearnerTypesAreNotChanged() {
        assertThat(HTML).contains("\"correct\":[\"80 000\",\"80000\"]");
    }

    @Test
    void anEnglishCourseKeepsItsSpaces() {
        assertThat(RenderFixtures.index("courses/complete")).doesNotContain(NN, N + ":");
    }
}

package org.parcours.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lesson bodies: anchors from the loader, links rewritten to player routes, blocks as accessible HTML. */
class MarkdownRenderingTest {
    private static final String HTML = RenderFixtures.index("courses/complete");
    private static final String FIRST = RenderFixtures.unit(HTML, "first-steps");

    @Test
    void linksToOtherLessonsBecomePlayerRoutesWithTheirAnchor() {
        assertThat(FIRST).contains("<a href=\"#/going-further/key-points\">the second lesson's summary</a>");
        assertThat(RenderFixtures.unit(HTML, "going-further")).contains("<a href=\"#/first-steps\">the first lesson</a>");
        assertThat(RenderFixtures.unit(HTML, "intro")).contains("<a href=\"#/first-steps\">the first lesson</a>",
                "<a href=\"#/glossary\">the glossary</a>");
    }

    @Test
    void anAnchorInTheSameLessonStaysInThatLesson() {
        assertThat(FIRST).contains("<a href=\"#/first-steps/key-points\">the key points</a>");
    }

    @Test
    void headingsCarryTheAnchorsTheLoaderComputed() {
        assertThat(FIRST).contains("<h2 id=\"a-table\">A table</h2>", "<h2 id=\"key-points\">Key points</h2>");
        assertThat(RenderFixtures.unit(HTML, "going-further")).contains("<h2 id=\"key-points\">Key points</h2>",
                "<h3 id=\"a-deeper-section\">A deeper section</h3>");
    }

    @Test
    void externalLinksOpenANewWindowAndSaySo() {
        assertThat(FIRST).contains("<a href=\"https://example.org/elsewhere\" target=\"_blank\" rel=\"noopener\">an external page"
                + "<span class=\"visually-hidden\"> (opens in a new window)</span></a>");
    }

    @Test
    void imagesAndAttachmentsPointIntoThePackagesAssets() {
        assertThat(FIRST).contains("<img src=\"assets/diagram.svg\" alt=\"A diagram with three boxes linked by arrows\" />");
        assertThat(FIRST).contains("<a href=\"assets/handout.pdf\" type=\"application/pdf\" download>");
    }

    @Test
    void aCalloutIsAnAsideTitledOneLevelBelowItsSection() {
        assertThat(FIRST).contains("<aside class=\"callout\" aria-labelledby=\"C-first-steps-1\">\n"
                + "<h3 id=\"C-first-steps-1\" class=\"callout-title\">Remember</h3>\n<p>Callouts hold <strong>what matters</strong>.</p>");
    }

    @Test
    void detailsAreADisclosure() {
        assertThat(FIRST).contains("<details class=\"details\">\n<summary>Text equivalent of the diagram</summary>");
    }

    @Test
    void mediaCarryTheirCaptionsInTheCourseLanguage() {
        assertThat(FIRST).contains("<audio controls preload=\"metadata\">\n<source src=\"assets/talk.wav\" type=\"audio/wav\">\n"
                + "<track kind=\"captions\" src=\"data:text/vtt;charset=utf-8;base64,");
        assertThat(FIRST).containsPattern("<track kind=\"captions\" src=\"data:text/vtt;charset=utf-8;base64,[A-Za-z0-9+/=]+\" "
                + "srclang=\"en\" label=\"Captions\" default>");
        assertThat(FIRST).contains("<summary>Transcript</summary>\n<p>A short silence, described.</p>");
    }

    @Test
    void aDownloadSaysItsTypeAndSize() {
        assertThat(FIRST).contains("The <strong>handout</strong> of the lesson <span class=\"download-meta\">(PDF, 193\u00a0bytes)</span></a>");
    }

    @Test
    void aTableScrollsInsideAFocusableNamedRegion() {
        assertThat(FIRST).contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table 1\">\n<table>");
    }
}

package org.parcours.render;

/**
 * A block of a lesson body as blocks.ftlh renders it; {@code kind()} tells templates which one. HTML fields are
 * rendered Markdown (already escaped where needed), every other field is plain text.
 */
public sealed interface BlockView {

    String kind();

    record Prose(String html) implements BlockView {
        public String kind() { return "prose"; }
    }

    /** {@code level} is the heading level of the title: one below the section the callout sits in. */
    record Callout(String id, String title, int level, String html) implements BlockView {
        public String kind() { return "callout"; }
    }

    record Details(String summary, String html) implements BlockView {
        public String kind() { return "details"; }
    }

    /**
     * {@code media} is "video" or "audio"; {@code src} is relative to the page; {@code captions} is the WebVTT track
     * as a data: URL (it loads from file:// too); {@code srclang} is the course language.
     */
    record Media(String media, String src, String mime, String captions, String srclang, String transcriptHtml)
            implements BlockView {
        public String kind() { return "media"; }
    }

    /** {@code typeLabel} and {@code sizeLabel} are shown after the label: « PDF, 1,2 Mo ». */
    record Download(String href, String mime, String labelHtml, String typeLabel, String sizeLabel) implements BlockView {
        public String kind() { return "download"; }
    }
}

package org.parcours.model;

import org.parcours.diag.SourcePos;

/** A block of a lesson body: plain Markdown, or one of the few block extensions of the format. */
public sealed interface Block {

    SourcePos pos();

    /** CommonMark (with GFM tables). {@code pos} is where its first line sits in the source file. */
    record Prose(String markdown, SourcePos pos) implements Block {}

    /** A highlighted box with a title, such as « À retenir ». */
    record Callout(String title, Prose content, SourcePos pos) implements Block {}

    /** A collapsible block, e.g. the text equivalent of an illustration. */
    record Details(String summary, Prose content, SourcePos pos) implements Block {}

    /** A video or audio file with its WebVTT captions; {@code src} and {@code captions} are course-relative. */
    record Media(Kind kind, String src, String captions, Prose transcript, SourcePos pos) implements Block {
        public enum Kind { VIDEO, AUDIO }
    }

    /** A downloadable attachment; {@code src} is course-relative. */
    record Download(String src, Prose label, SourcePos pos) implements Block {}
}

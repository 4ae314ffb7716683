package org.parcours.format;

import java.util.List;

/** Small text helpers shared by the manifests' names and descriptions. */
public final class Texts {
    private Texts() {}

    /** Objectives as one sentence-like line; French wants a no-break space before the semicolon. */
    public static String objectives(List<String> objectives, String lang) {
        String sep = lang.toLowerCase(java.util.Locale.ROOT).startsWith("fr") ? "\u00a0; " : "; ";
        return String.join(sep, objectives.stream().map(String::strip).toList());
    }

    /** A description must say something: the text, else the fallback (usually the title). */
    public static String orElse(String text, String fallback) {
        return text == null || text.isBlank() ? fallback.strip() : text.strip();
    }
}

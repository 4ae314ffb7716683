package org.parcours.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** A stable identifier: a plain ASCII slug, from a file name or an explicit `id:` key, never from a position. */
public record Id(String value) implements Comparable<Id> {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Id {
        if (!isSlug(value)) throw new IllegalArgumentException("not a slug: " + value);
    }

    public static boolean isSlug(String s) {
        return s != null && SLUG.matcher(s).matches();
    }

    /** The slug a human-written name should have: accents dropped, lower case, runs of other signs as '-'. */
    public static String slugify(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        plain = plain.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "x" : slug;
    }

    @Override
    public int compareTo(Id o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

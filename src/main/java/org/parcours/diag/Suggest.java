package org.parcours.diag;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Did you mean …?": the candidate closest to what was written, compared on a key (a slug, a file name): a
 * candidate that differs only by case or accents first, then one that starts with what was written (or that it
 * starts with: « #le-choix » for « #le-choix-de-lemplacement »), then the smallest edit distance, if small enough to
 * be a typo rather than another name.
 */
public final class Suggest {
    private Suggest() {}

    public static Optional<String> closest(String wanted, Collection<String> candidates) {
        return closest(wanted, candidates, Function.identity());
    }

    /** As above, comparing {@code key(candidate)} with {@code key(wanted)}. */
    public static Optional<String> closest(String wanted, Collection<String> candidates, Function<String, String> key) {
        String w = fold(key.apply(wanted));
        if (w.isEmpty() || candidates.isEmpty()) return Optional.empty();
        Comparator<String> byDistance = Comparator.<String>comparingInt(c -> distance(w, fold(key.apply(c))))
                .thenComparing(Comparator.naturalOrder());
        Optional<String> same = candidates.stream().filter(c -> fold(key.apply(c)).equals(w)).sorted().findFirst();
        if (same.isPresent()) return same;
        Optional<String> prefix = candidates.stream().filter(c -> {
            String k = fold(key.apply(c));
            return !k.isEmpty() && (k.startsWith(w) || w.startsWith(k));
        }).min(byDistance);
        if (prefix.isPresent()) return prefix;
        return candidates.stream().min(byDistance)
                .filter(c -> distance(w, fold(key.apply(c))) <= Math.max(2, w.length() / 3));
    }

    /** Edit distance (insertions, deletions, substitutions), as Levenshtein defined it. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}

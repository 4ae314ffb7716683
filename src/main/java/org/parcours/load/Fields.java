package org.parcours.load;

import org.parcours.i18n.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.SourcePos;
import org.parcours.load.YNode.Entry;
import org.parcours.load.YNode.YList;
import org.parcours.load.YNode.YMap;
import org.parcours.load.YNode.YScalar;

/**
 * Typed, diagnosed access to the keys of one YAML mapping. Every getter records the key as known; {@link #finish()}
 * then reports the keys nobody asked for, with a "did you mean" hint. Wrong or missing values become diagnostics
 * and the getter returns empty, so that loading goes on and reports every problem in one run.
 */
final class Fields {
    private final YMap map;
    private final Object where;
    private final Diagnostics diags;
    private final Set<String> known = new HashSet<>();

    /** {@code where} names the mapping in messages, e.g. "course.yaml" or "question 'x'" (a Text to translate). */
    Fields(YMap map, Object where, Diagnostics diags) {
        this.map = map;
        this.where = where;
        this.diags = diags;
    }

    SourcePos pos() {
        return map.pos();
    }

    Diagnostics diags() {
        return diags;
    }

    boolean has(String key) {
        known.add(key);
        return map.entries().containsKey(key) && !isNull(map.entries().get(key).value());
    }

    SourcePos posOf(String key) {
        Entry e = map.entries().get(key);
        return e == null ? map.pos() : e.value().pos();
    }

    Optional<YNode> node(String key) {
        known.add(key);
        Entry e = map.entries().get(key);
        return e == null || isNull(e.value()) ? Optional.empty() : Optional.of(e.value());
    }

    Optional<String> text(String key) {
        return node(key).flatMap(n -> {
            if (n instanceof YScalar s && s.value() instanceof String str) {
                if (str.isBlank()) {
                    diags.error(Code.INVALID_VALUE, n.pos(), "'%s' in %s is empty", key, where);
                    return Optional.empty();
                }
                return Optional.of(str.strip());
            }
            // A number or a date written without quotes is still a fine text (version: 1.0, date: 2026-01-01).
            if (n instanceof YScalar s && (s.value() instanceof Long || s.value() instanceof Double)) {
                return Optional.of(s.text());
            }
            return wrongType(key, n, Text.of("a text"));
        });
    }

    Optional<String> requiredText(String key) {
        Optional<String> v = text(key);
        if (v.isEmpty() && !has(key)) missing(key, Text.of("a text"));
        return v;
    }

    Optional<Long> integer(String key, long min, long max) {
        return node(key).flatMap(n -> {
            if (n instanceof YScalar s && s.value() instanceof Long l) {
                if (l < min || l > max) {
                    diags.error(Code.INVALID_VALUE, n.pos(), "'%s' in %s must be between %d and %d, found %d",
                            key, where, min, max, l);
                    return Optional.empty();
                }
                return Optional.of(l);
            }
            return wrongType(key, n, Text.of("a whole number"));
        });
    }

    Optional<Double> number(String key) {
        return node(key).flatMap(n -> {
            if (n instanceof YScalar s && s.value() instanceof Number num) return Optional.of(num.doubleValue());
            return wrongType(key, n, Text.of("a number"));
        });
    }

    Optional<Boolean> bool(String key) {
        return node(key).flatMap(n -> {
            if (n instanceof YScalar s && s.value() instanceof Boolean b) return Optional.of(b);
            return wrongType(key, n, Text.of("true or false"));
        });
    }

    /** A list of texts; a single text is accepted as a list of one. */
    List<String> texts(String key) {
        Optional<YNode> node = node(key);
        if (node.isEmpty()) return List.of();
        List<YNode> items = node.get() instanceof YList l ? l.items() : List.of(node.get());
        List<String> out = new ArrayList<>();
        for (YNode item : items) {
            if (item instanceof YScalar s && s.value() != null && !(s.value() instanceof Boolean)) {
                String t = s.value() instanceof String str ? str.strip() : s.text();
                if (!t.isEmpty()) out.add(t);
            } else {
                diags.error(Code.WRONG_TYPE, item.pos(), "items of '%s' in %s must be texts, found %s",
                        key, where, item.kind());
            }
        }
        return out;
    }

    /** The mappings of a list of mappings, each wrapped in its own {@link Fields}. */
    List<Fields> maps(String key, Text itemName) {
        Optional<YNode> node = node(key);
        if (node.isEmpty()) return List.of();
        if (!(node.get() instanceof YList list)) {
            wrongType(key, node.get(), Text.of("a list"));
            return List.of();
        }
        List<Fields> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            YNode item = list.items().get(i);
            if (item instanceof YMap m) {
                out.add(new Fields(m, Text.of("%s %d of %s", itemName, i + 1, where), diags));
            } else {
                diags.error(Code.WRONG_TYPE, item.pos(), "%s %d of '%s' must be a mapping of keys, found %s",
                        itemName, i + 1, key, item.kind());
            }
        }
        return out;
    }

    Optional<Fields> map(String key) {
        return node(key).flatMap(n -> {
            if (n instanceof YMap m) return Optional.of(new Fields(m, Text.of("'%s' of %s", key, where), diags));
            return wrongType(key, n, Text.of("a mapping of keys"));
        });
    }

    void missing(String key, Text expected) {
        diags.error(Code.MISSING_FIELD, map.pos(), "%s has no '%s' (%s)", where, key, expected)
                .hint("add a line '%s: …'", key);
    }

    /** Reports every key that no getter asked for. Call once all fields are read. */
    void finish() {
        for (Entry e : map.entries().values()) {
            if (known.contains(e.key())) continue;
            diags.error(Code.UNKNOWN_KEY, e.keyPos(), "unknown key '%s' in %s", e.key(), where);
            closest(e.key()).ifPresentOrElse(k -> diags.hint("did you mean '%s'?", k),
                    () -> diags.hint("known keys: %s", String.join(", ", known.stream().sorted().toList())));
        }
    }

    private Optional<String> closest(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = Levenshtein.distance(key.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && k.compareTo(best) < 0)) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, key.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    private <T> Optional<T> wrongType(String key, YNode n, Text expected) {
        diags.error(Code.WRONG_TYPE, n.pos(), "'%s' in %s must be %s, found %s", key, where, expected, n.kind());
        return Optional.empty();
    }

    private static boolean isNull(YNode n) {
        return n instanceof YScalar s && s.value() == null;
    }
}

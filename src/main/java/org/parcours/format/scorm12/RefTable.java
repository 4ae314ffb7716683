package org.parcours.format.scorm12;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Short references to the course's ids inside suspend data: the FNV-1a hash of an id, in base 36, on the fewest
 * characters ({@code width}, 2 to 6) at which no two ids of the course collide. A hash, not a position, so that
 * adding or moving a lesson in a new version of the package leaves the references of a learner's saved state
 * pointing at the same lessons. An id that still collides, or is not in the course, is written literally
 * between '*'. Mirrors {@code refTable} in runtime/scorm/suspend-data.js (docs/scorm12.md, "Suspend data").
 */
final class RefTable {
    static final int MIN_WIDTH = 2;
    static final int MAX_WIDTH = 6;

    private final int width;
    private final Map<String, String> refs = new HashMap<>();

    private RefTable(int width, Collection<String> ids) {
        this.width = width;
        Map<String, Integer> seen = new HashMap<>();
        for (String id : new HashSet<>(ids)) seen.merge(code(id, width), 1, Integer::sum);
        for (String id : ids) {
            String ref = code(id, width);
            if (seen.get(ref) == 1) refs.put(id, ref);
        }
    }

    /** The table for a course whose units and questions have these ids. */
    static RefTable of(Collection<String> ids) {
        Set<String> distinct = new HashSet<>(ids);
        for (int w = MIN_WIDTH; w < MAX_WIDTH; w++) {
            Set<String> codes = new HashSet<>();
            for (String id : distinct) codes.add(code(id, w));
            if (codes.size() == distinct.size()) return new RefTable(w, distinct);
        }
        return new RefTable(MAX_WIDTH, distinct);
    }

    int width() {
        return width;
    }

    /** The reference of an id: its code, or the id itself between '*' when it has no unambiguous code. */
    String ref(String id) {
        String r = refs.get(id);
        return r != null ? r : "*" + SuspendDataCodec.escape(id) + "*";
    }

    static String code(String id, int width) {
        int h = 0x811c9dc5;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x01000193;
        }
        long mod = 1;
        for (int i = 0; i < width; i++) mod *= 36;
        String s = Long.toString(Integer.toUnsignedLong(h) % mod, 36);
        return "0".repeat(width - s.length()) + s;
    }
}

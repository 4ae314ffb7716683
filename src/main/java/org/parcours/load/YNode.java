package org.parcours.load;

import org.parcours.i18n.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parcours.diag.SourcePos;

/**
 * A YAML tree that keeps the position of every node (Jackson's databinding drops them), so that a diagnostic
 * can point at the exact key or value.
 */
sealed interface YNode {

    SourcePos pos();

    /** What the format calls this kind of value, for "wrong type" messages. */
    Text kind();

    record YMap(Map<String, Entry> entries, SourcePos pos) implements YNode {
        public YMap {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Text kind() {
            return Text.of("a mapping");
        }
    }

    record Entry(String key, SourcePos keyPos, YNode value) {}

    record YList(List<YNode> items, SourcePos pos) implements YNode {
        public YList {
            items = List.copyOf(items);
        }

        public Text kind() {
            return Text.of("a list");
        }
    }

    /** A scalar: {@code value} is a String, Long, Double, Boolean, or null for an empty value. */
    record YScalar(Object value, String text, SourcePos pos) implements YNode {
        public Text kind() {
            if (value == null) return Text.of("an empty value");
            if (value instanceof Boolean) return Text.of("a boolean");
            if (value instanceof Long || value instanceof Double) return Text.of("a number");
            return Text.of("a text");
        }
    }
}

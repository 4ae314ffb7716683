package org.parcours.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parcours.diag.Printable;
import org.parcours.i18n.Text;

/**
 * Collects the findings of one validation; each check adds to it, the validator hands the sorted list on.
 * Messages are English templates whose French lives in the catalog (org.parcours.i18n).
 */
final class Findings {
    private final List<Finding> list = new ArrayList<>();

    void add(Rule rule, String entry, int line, String message, Object... args) {
        // entry names come from the package: a name holding ESC[31m must not colour the reader's terminal
        list.add(new Finding(rule.severity(), rule.code(), Printable.name(entry), line, Text.of(message, Printable.args(args))));
    }

    boolean has(Rule rule) {
        return list.stream().anyMatch(f -> f.code().equals(rule.code()));
    }

    boolean hasErrors() {
        return list.stream().anyMatch(Finding::isError);
    }

    /** Sorted by entry, line and code, so that the same package always gives the same report. */
    List<Finding> sorted() {
        List<Finding> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(Finding::entry).thenComparingInt(Finding::line).thenComparing(Finding::code)
                .thenComparing(f -> f.message()));
        return List.copyOf(copy);
    }
}

package org.parcours.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.parcours.diag.Printable;

/** Collects the findings of one validation; each check adds to it, the validator hands the sorted list on. */
final class Findings {
    private final List<Finding> list = new ArrayList<>();

    void add(Rule rule, String entry, int line, String message, Object... args) {
        String text = args.length == 0 ? message : String.format(Locale.ROOT, message, args);
        // entry names come from the package: a name holding ESC[31m must not colour the reader's terminal
        list.add(new Finding(rule.severity(), rule.code(), Printable.name(entry), line, Printable.escape(text)));
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
                .thenComparing(Finding::message));
        return List.copyOf(copy);
    }
}

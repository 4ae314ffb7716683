package org.parcours.typography;

import java.util.ArrayList;
import java.util.List;

/**
 * French typography applied to a source file's prose (see {@link ProseSpans}): what `parcours fmt` writes. The
 * result differs from the input by spaces only, which {@link #sameButSpaces} lets callers verify.
 */
public final class SourceFix {
    /** A line that changes: {@code column} is 1-based, where the first change is. */
    public record Change(int line, int column, String before, String after) {}

    private SourceFix() {}

    public static String markdown(String text) {
        return apply(text, ProseSpans.markdown(text), null);
    }

    public static String yaml(String text) {
        return apply(text, ProseSpans.yaml(text), null);
    }

    /** The lines {@link #markdown}/{@link #yaml} would change, for a dry run or a warning. */
    public static List<Change> changes(String text, boolean markdown) {
        List<Change> out = new ArrayList<>();
        apply(text, markdown ? ProseSpans.markdown(text) : ProseSpans.yaml(text), out);
        return out;
    }

    /** Whether two texts differ only by ordinary and no-break spaces. */
    public static boolean sameButSpaces(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String s) {
        return s.replaceAll("[ \\t\\u00A0\\u202F]", "");
    }

    private static String apply(String text, List<ProseSpans.Span> spans, List<Change> changes) {
        String[] lines = text.split("\n", -1);
        int s = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            StringBuilder out = new StringBuilder();
            int at = 0;
            int firstChange = -1;
            while (s < spans.size() && spans.get(s).line() == i + 1) {
                ProseSpans.Span span = spans.get(s++);
                out.append(line, at, span.start());
                String piece = line.substring(span.start(), span.end());
                String fixed = span.continuing() ? FrenchTypography.fixContinuing(piece) : FrenchTypography.fix(piece);
                if (firstChange < 0 && !fixed.equals(piece)) firstChange = span.start() + firstDifference(piece, fixed);
                out.append(fixed);
                at = span.end();
            }
            out.append(line, at, line.length());
            if (firstChange >= 0) {
                if (changes != null) changes.add(new Change(i + 1, firstChange + 1, line, out.toString()));
                lines[i] = out.toString();
            }
        }
        return String.join("\n", lines);
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }
}

package org.parcours.diag;

/**
 * Makes text from untrusted input safe to print: a control character (ESC of a terminal colour sequence, a
 * carriage return that rewrites the line, a NUL) from a file name or a zip entry name is shown escaped as
 * {@code \x1B} instead of reaching the terminal, a CI log or an XML report.
 */
public final class Printable {
    private Printable() {}

    public static String escape(String s) {
        if (s == null || s.chars().noneMatch(Printable::isControl)) return s;
        StringBuilder out = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            if (c == '\n' || !isControl(c)) out.appendCodePoint(c);
            else out.append(c <= 0xFF ? String.format("\\x%02X", c) : String.format("\\u%04X", c));
        });
        return out.toString();
    }

    /**
     * C0 and C1 controls, DEL, and the bidirectional overrides that can make a name read differently from what it
     * is (CVE-2021-42574). A newline is kept inside messages that span lines, but escaped in a single name.
     */
    private static boolean isControl(int c) {
        return c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** The arguments of a message, each text among them escaped (numbers and nested messages are ours). */
    public static Object[] args(Object... args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s) out[i] = escape(s);
        }
        return out;
    }

    /** A name (file path, entry) in one line: every control, newline included, escaped. */
    public static String name(String s) {
        String e = escape(s);
        return e == null ? null : e.replace("\n", "\\x0A");
    }
}

package org.parcours.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds every English message template written in the main sources, the way a reader would: the message
 * argument of {@code error(…)}, {@code warning(…)}, {@code hint(…)}, {@code add(…)} of the validator's findings,
 * {@code Text.of(…)} and {@code say(…)}; the help texts of picocli's annotations; the titles and hints of the
 * diagnostic codes' default hints. A message is a string literal, literals joined by {@code +}, or {@code cond ? "a" : "b"}.
 */
final class MessageSources {
    static final Path MAIN = Path.of("src/main/java");

    private static final Pattern CALL = Pattern.compile(
            "(?:\\.(?:error|warning|hint)|\\bText\\.of|\\bsay|\\bfindings\\.add)\\s*\\(");
    private static final Pattern ANNOTATION = Pattern.compile(
            "\\b(?:description|footer|footerHeading|header|headerHeading|descriptionHeading)\\s*=\\s*");

    private static final Pattern CODE_CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9_]*\\(");

    private MessageSources() {}

    /** Each template with the first place it was found ("path:line"); {@link #translatable} tells which need French. */
    static Map<String, String> templates() {
        Map<String, String> found = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String src = stripComments(Files.readString(f));
                for (Located l : scan(src, f.getFileName().toString().equals("Code.java") && f.toString().contains("diag"))) {
                    if (!l.text.isEmpty()) found.putIfAbsent(l.text, MAIN.relativize(f) + ":" + line(src, l.at));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * Not a message: an empty text, a pure placeholder such as "%s", a code, or an indented example line of a
     * help footer ("  parcours check course/"), which reads the same in every language.
     */
    static boolean translatable(String s) {
        return Text.needsTranslation(s) && !s.matches("[A-Z]\\d{3}");
    }

    record Located(String text, int at) {}

    static List<Located> scan(String src, boolean codes) {
        List<Located> out = new ArrayList<>();
        if (codes) {
            // the codes' default hints (their titles are documentation: the README's table, never printed)
            Matcher c = CODE_CONSTANT.matcher(src);
            while (c.find()) {
                List<String> args = arguments(src, c.end());
                if (args.size() == 3) literalExpression(args.get(2)).forEach(t -> out.add(new Located(t, c.start())));
            }
            return out;
        }
        Matcher m = CALL.matcher(src);
        while (m.find()) {
            for (String arg : arguments(src, m.end())) {
                List<String> lits = literalExpression(arg);
                if (!lits.isEmpty()) {
                    lits.forEach(t -> out.add(new Located(t, m.start())));
                    break;
                }
            }
        }
        Matcher a = ANNOTATION.matcher(src);
        while (a.find()) {
            int i = skipSpace(src, a.end());
            if (i < src.length() && src.charAt(i) == '{') {
                for (String arg : arguments(src, i + 1)) literalExpression(arg).forEach(t -> out.add(new Located(t, a.start())));
            } else {
                String rest = src.substring(i);
                int stop = topLevelEnd(rest);
                literalExpression(rest.substring(0, stop)).forEach(t -> out.add(new Located(t, a.start())));
            }
        }
        return out;
    }

    /** The texts of an argument made of literals only: "a" + "b" gives one, c ? "a" : "b" gives two. */
    static List<String> literalExpression(String expr) {
        String e = expr.strip();
        int q = topLevelIndex(e, '?');
        if (q >= 0) {
            String branches = e.substring(q + 1);
            int c = topLevelIndex(branches, ':');
            if (c < 0) return List.of();
            List<String> a = literalExpression(branches.substring(0, c));
            List<String> b = literalExpression(branches.substring(c + 1));
            if (a.isEmpty() || b.isEmpty()) return List.of();
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }
        StringBuilder text = new StringBuilder();
        int i = 0;
        boolean expectLiteral = true;
        while (i < e.length()) {
            char ch = e.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (expectLiteral && ch == '"') {
                int end = endOfString(e, i);
                text.append(unescape(e.substring(i + 1, end)));
                i = end + 1;
                expectLiteral = false;
            } else if (!expectLiteral && ch == '+') {
                i++;
                expectLiteral = true;
            } else {
                return List.of();
            }
        }
        return expectLiteral ? List.of() : List.of(text.toString());
    }

    /** The top-level arguments of a call whose '(' ends just before {@code from}. */
    static List<String> arguments(String src, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < src.length(); i++) {
            char ch = src.charAt(i);
            if (ch == '"') {
                i = endOfString(src, i);
            } else if (ch == '\'') {
                i = src.indexOf('\'', i + (src.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (ch == '(' || ch == '{' || ch == '[') {
                depth++;
            } else if (ch == ')' || ch == '}' || ch == ']') {
                if (depth == 0) {
                    args.add(src.substring(start, i));
                    return args;
                }
                depth--;
            } else if (ch == ',' && depth == 0) {
                args.add(src.substring(start, i));
                start = i + 1;
            }
        }
        return args;
    }

    private static int topLevelEnd(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') i = endOfString(s, i);
            else if (ch == '(') depth++;
            else if (ch == ')' && depth-- == 0) return i;
            else if (ch == ',' && depth == 0) return i;
        }
        return s.length();
    }

    private static int topLevelIndex(String s, char wanted) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') i = endOfString(s, i);
            else if (ch == '\'') i = s.indexOf('\'', i + (s.charAt(i + 1) == '\\' ? 3 : 2));
            else if (ch == '(') depth++;
            else if (ch == ')') depth--;
            else if (ch == wanted && depth == 0) return i;
        }
        return -1;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static int endOfString(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') i++;
            else if (s.charAt(i) == '"') return i;
        }
        throw new IllegalStateException("unterminated string literal");
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '\\') {
                b.append(ch);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }

    /** Blanks out comments (keeping offsets and line numbers) so that an example in a comment is not a message. */
    static String stripComments(String src) {
        StringBuilder b = new StringBuilder(src);
        for (int i = 0; i < b.length(); i++) {
            char ch = b.charAt(i);
            if (ch == '"') {
                if (b.indexOf("\"\"\"", i) == i) {
                    i = b.indexOf("\"\"\"", i + 3) + 2;
                } else {
                    i = endOfString(b.toString(), i);
                }
            } else if (ch == '\'') {
                i = b.indexOf("'", i + (b.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (ch == '/' && i + 1 < b.length() && b.charAt(i + 1) == '/') {
                while (i < b.length() && b.charAt(i) != '\n') b.setCharAt(i++, ' ');
            } else if (ch == '/' && i + 1 < b.length() && b.charAt(i + 1) == '*') {
                int end = b.indexOf("*/", i + 2) + 2;
                for (; i < end; i++) if (b.charAt(i) != '\n') b.setCharAt(i, ' ');
                i--;
            }
        }
        return b.toString();
    }

    private static int line(String src, int at) {
        int n = 1;
        for (int i = 0; i < at; i++) if (src.charAt(i) == '\n') n++;
        return n;
    }
}

package org.parcours.typography;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the prose is in a source file, line by line: the parts a reader sees as text, as opposed to Markdown
 * code (spans, fenced and indented blocks), link and image targets, image descriptions (they become alt
 * attributes), HTML, URLs, block-extension arguments that are files, YAML keys, comments, and the YAML values that
 * are identifiers, paths or accepted answers. `fmt` rewrites only these spans and `check` looks for straight
 * quotes only there, so that both agree with what the renderer typesets.
 */
public final class ProseSpans {
    /** A piece of prose: {@code line} is 1-based, {@code start}/{@code end} are 0-based offsets in that line. */
    public record Span(int line, int start, int end, boolean continuing) {}

    /** The YAML keys whose values the player shows as text (lists under them are text items too). */
    static final Set<String> TEXT_KEYS = Set.of("title", "description", "summary", "objectives", "intro", "prompt",
            "text", "feedback", "correct", "incorrect", "passed", "failed", "left", "right", "items");

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern BLOCK = Pattern.compile("^:::\\s*(callout|details)\\s+(\\S.*)$");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s");
    private static final Pattern NOT_PROSE = Pattern.compile(
            "(`+).*?\\1|!\\[[^\\]]*\\]\\([^)]*\\)|\\]\\([^)]*\\)|<[^>\\s][^>]*>|https?://\\S+|www\\.\\S+");
    private static final Pattern YAML_KEY = Pattern.compile(
            "^((?:- +)*)([A-Za-z_][A-Za-z0-9_-]*|\"[^\"]*\"|'[^']*')[ \\t]*:(?:[ \\t]+|$)");
    private static final Pattern YAML_ITEM = Pattern.compile("^(- +)+");
    private static final Pattern BLOCK_SCALAR = Pattern.compile("^[|>][+-]?[0-9]?[+-]?\\s*(#.*)?$");

    private ProseSpans() {}

    /** The prose of a Markdown file, front matter included (as YAML). */
    public static List<Span> markdown(String text) {
        String[] lines = text.split("\n", -1);
        List<Span> out = new ArrayList<>();
        int first = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            int close = 1;
            while (close < lines.length && !lines[close].strip().equals("---")) close++;
            if (close < lines.length) {
                yaml(lines, 1, close, out);
                first = close + 1;
            }
        }
        boolean fenced = false;
        for (int i = first; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).find()) {
                fenced = !fenced;
                continue;
            }
            if (fenced || line.startsWith("    ") || line.startsWith("\t") || LINK_DEFINITION.matcher(line).find()
                    || line.stripLeading().startsWith("<")) continue;
            if (line.startsWith(":::")) {
                Matcher b = BLOCK.matcher(line);
                if (b.matches()) out.add(new Span(i + 1, b.start(2), line.length(), false));
                continue;
            }
            inline(line, i + 1, 0, line.length(), out);
        }
        return out;
    }

    /** The prose of a YAML file. */
    public static List<Span> yaml(String text) {
        String[] lines = text.split("\n", -1);
        List<Span> out = new ArrayList<>();
        yaml(lines, 0, lines.length, out);
        return out;
    }

    /** The spans of lines [from, to): keys, comments and non-text values are left out. */
    private static void yaml(String[] lines, int from, int to, List<Span> out) {
        record Key(int indent, String name) {}
        Deque<Key> open = new ArrayDeque<>();
        int blockIndent = -1;
        boolean blockIsText = false;
        for (int i = from; i < to; i++) {
            String line = lines[i];
            int indent = line.length() - line.stripLeading().length();
            String rest = line.substring(indent);
            if (blockIndent >= 0) {
                if (rest.isEmpty() || indent > blockIndent) {
                    if (blockIsText && !rest.isEmpty()) out.add(new Span(i + 1, indent, line.length(), false));
                    continue;
                }
                blockIndent = -1;
            }
            if (rest.isEmpty() || rest.startsWith("#") || rest.equals("---") || rest.equals("...")) continue;
            Matcher key = YAML_KEY.matcher(rest);
            Matcher item = YAML_ITEM.matcher(rest);
            if (key.find()) {
                int keyIndent = indent + key.group(1).length();
                while (!open.isEmpty() && open.peek().indent() >= keyIndent) open.pop();
                String name = key.group(2).replaceAll("^[\"']|[\"']$", "");
                int valueAt = indent + key.end();
                String value = line.substring(valueAt);
                if (BLOCK_SCALAR.matcher(value).matches()) {
                    blockIndent = keyIndent;
                    blockIsText = TEXT_KEYS.contains(name);
                } else if (value.isBlank() || value.startsWith("#")) {
                    open.push(new Key(keyIndent, name));
                } else if (TEXT_KEYS.contains(name)) {
                    value(line, i + 1, valueAt, out);
                }
            } else if (item.find()) {
                int itemIndent = indent;
                while (!open.isEmpty() && open.peek().indent() > itemIndent) open.pop();
                if (!open.isEmpty() && TEXT_KEYS.contains(open.peek().name())) value(line, i + 1, indent + item.end(), out);
            } else {
                // the continuation of a plain scalar over several lines
                while (!open.isEmpty() && open.peek().indent() >= indent) open.pop();
                if (!open.isEmpty() && TEXT_KEYS.contains(open.peek().name())) out.add(new Span(i + 1, indent, line.length(), false));
            }
        }
    }

    /** A YAML scalar value starting at {@code at}: inside its quotes, or up to a comment; flow collections are skipped. */
    private static void value(String line, int lineNo, int at, List<Span> out) {
        if (at >= line.length()) return;
        char c = line.charAt(at);
        if (c == '"' || c == '\'') {
            int end = at + 1;
            while (end < line.length() && line.charAt(end) != c) end += line.charAt(end) == '\\' && c == '"' ? 2 : 1;
            out.add(new Span(lineNo, at + 1, Math.min(end, line.length()), false));
        } else if (c != '[' && c != '{' && c != '&' && c != '*' && c != '!' && c != '|' && c != '>') {
            int comment = line.indexOf(" #", at);
            out.add(new Span(lineNo, at, comment < 0 ? line.length() : comment, false));
        }
    }

    /** Markdown prose of a line between {@code from} and {@code to}, without code spans, targets, HTML and URLs. */
    private static void inline(String line, int lineNo, int from, int to, List<Span> out) {
        Matcher m = NOT_PROSE.matcher(line).region(from, to);
        int at = from;
        while (m.find()) {
            if (m.start() > at) out.add(new Span(lineNo, at, m.start(), at > from));
            at = m.end();
        }
        if (at < to) out.add(new Span(lineNo, at, to, at > from));
    }
}

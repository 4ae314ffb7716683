package org.parcours.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.SourcePos;
import org.parcours.load.YNode.Entry;
import org.parcours.load.YNode.YList;
import org.parcours.load.YNode.YMap;
import org.parcours.load.YNode.YScalar;

/** Reads YAML text into a {@link YNode} tree with positions, reporting syntax errors and duplicate keys. */
final class YamlReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private final String file;
    private final int lineOffset;
    private final Diagnostics diags;

    /** {@code lineOffset} is added to every line: front matter starts below the file's first line. */
    YamlReader(String file, int lineOffset, Diagnostics diags) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.diags = diags;
    }

    /** The document's top-level mapping, or empty (with a diagnostic) when the text is not a YAML mapping. */
    Optional<YMap> readMap(String text) {
        if (tabs(text)) return Optional.empty();
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) return Optional.of(new YMap(Map.of(), pos(p.currentTokenLocation())));
            YNode root = node(p);
            if (root instanceof YMap map) return Optional.of(map);
            diags.error(Code.WRONG_TYPE, root.pos(), "expected a mapping of keys and values, found %s", root.kind())
                    .hint("write 'key: value' lines");
            return Optional.empty();
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            SourcePos at = loc == null ? SourcePos.file(file) : pos(loc);
            diags.error(Code.YAML_SYNTAX, at, "invalid YAML: %s", cleanMessage(e.getOriginalMessage()))
                    .hint("check indentation and quote texts that contain ': ' or start with a special character");
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("reading YAML from a string cannot fail with I/O", e);
        }
    }

    /**
     * YAML indents with spaces only (YAML 1.2, 6.1); a tab there makes SnakeYAML speak of "scanning for the next
     * token" at the line before. Each tab of an indentation is named as such, at its own line and column.
     */
    private boolean tabs(String text) {
        String[] lines = text.split("\n", -1);
        boolean found = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int indent = 0;
            while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) indent++;
            int tab = line.substring(0, indent).indexOf('\t');
            if (tab < 0 || indent == line.length()) continue;
            found = true;
            diags.error(Code.YAML_SYNTAX, new SourcePos(file, i + 1 + lineOffset, tab + 1),
                    "tab character in the indentation: YAML indents with spaces only")
                    .hint("replace the tab with spaces (editors: \"Convert indentation to spaces\")");
        }
        return found;
    }

    private YNode node(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        SourcePos at = pos(p.currentTokenLocation());
        switch (t) {
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    SourcePos keyPos = pos(p.currentTokenLocation());
                    p.nextToken();
                    YNode value = node(p);
                    if (entries.containsKey(key)) {
                        diags.error(Code.DUPLICATE_KEY, keyPos, "key '%s' appears twice (first at line %d)",
                                key, entries.get(key).keyPos().line());
                    } else {
                        entries.put(key, new Entry(key, keyPos, value));
                    }
                }
                return new YMap(entries, at);
            }
            case START_ARRAY -> {
                List<YNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(node(p));
                return new YList(items, at);
            }
            case VALUE_STRING -> {
                return new YScalar(p.getText(), p.getText(), at);
            }
            case VALUE_NUMBER_INT -> {
                return new YScalar(p.getLongValue(), p.getText(), at);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new YScalar(p.getDoubleValue(), p.getText(), at);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YScalar(t == JsonToken.VALUE_TRUE, p.getText(), at);
            }
            case VALUE_NULL -> {
                return new YScalar(null, "", at);
            }
            default -> throw new IllegalStateException("unexpected YAML token " + t);
        }
    }

    private SourcePos pos(JsonLocation loc) {
        return new SourcePos(file, loc.getLineNr() + lineOffset, Math.max(1, loc.getColumnNr()));
    }

    /** SnakeYAML's messages repeat the position and quote the source; keep the first, human sentence. */
    private static String cleanMessage(String message) {
        if (message == null) return "syntax error";
        String first = message.lines().map(String::strip).filter(l -> !l.isEmpty())
                .filter(l -> !l.startsWith("in 'reader'") && !l.startsWith("at [Source"))
                .findFirst().orElse(message.strip());
        return first.endsWith(":") || first.endsWith(";") ? first.substring(0, first.length() - 1) : first;
    }
}

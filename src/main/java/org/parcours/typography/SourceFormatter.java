package org.parcours.typography;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.Result;
import org.parcours.diag.SourcePos;
import org.parcours.model.Course;

/**
 * `parcours fmt`: writes French typography into a French course's sources (lessons, pages and the text values of
 * its YAML files), exactly as the renderer applies it, so that authors who want clean sources get them. A file
 * changes by spaces only, which is verified before anything is written (a YAML file must also read back to the same
 * tree); a second run changes nothing. A dry run reports each line that would change as a T301 warning.
 */
public final class SourceFormatter {
    private static final YAMLMapper YAML = new YAMLMapper();

    private SourceFormatter() {}

    /** The files changed (or that would change, when {@code write} is false), as shown in diagnostics. */
    public static Result<List<String>> run(Course course, boolean write) {
        Diagnostics diags = new Diagnostics();
        List<String> changed = new ArrayList<>();
        if (!FrenchTypography.appliesTo(course.language())) return Result.of(changed, diags);
        String display = displayOf(course);
        for (String rel : course.sources()) {
            Path file = course.root().resolve(rel);
            String text = SourceFile.read(file).orElse(null);
            if (text == null) continue;
            boolean markdown = rel.endsWith(".md");
            String fixed = markdown ? SourceFix.markdown(text) : SourceFix.yaml(text);
            if (fixed.equals(text)) continue;
            verify(rel, text, fixed, markdown);
            String shown = display.isEmpty() ? rel : display + "/" + rel;
            changed.add(shown);
            if (write) {
                replace(file, fixed);
            } else {
                for (SourceFix.Change c : SourceFix.changes(text, markdown)) {
                    diags.warning(Code.SPACE_BEFORE_PUNCTUATION, new SourcePos(shown, c.line(), c.column()),
                            "ordinary space in « %s »", SourceFile.excerpt(c.before(), c.column() - 1));
                }
            }
        }
        return Result.of(List.copyOf(changed), diags);
    }

    /** A rewrite that changed more than spaces, or the structure of a YAML file, is a bug: nothing is written. */
    private static void verify(String rel, String before, String after, boolean markdown) {
        boolean same = SourceFix.sameButSpaces(before, after);
        if (same) {
            String yamlBefore = markdown ? frontMatter(before) : before;
            String yamlAfter = markdown ? frontMatter(after) : after;
            JsonNode a = tree(yamlBefore);
            if (a != null) {
                JsonNode b = tree(yamlAfter);
                same = b != null && sameButSpaces(a, b);
            }
        }
        if (!same) throw new IllegalStateException("fmt would change more than spaces in " + rel);
    }

    private static boolean sameButSpaces(JsonNode a, JsonNode b) {
        if (a.isTextual() && b.isTextual()) return SourceFix.sameButSpaces(a.textValue(), b.textValue());
        if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) return false;
        if (a.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!b.has(e.getKey()) || !sameButSpaces(e.getValue(), b.get(e.getKey()))) return false;
            }
            return true;
        }
        if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) if (!sameButSpaces(a.get(i), b.get(i))) return false;
            return true;
        }
        return a.equals(b);
    }

    private static JsonNode tree(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            return null; // a file that does not parse is the loader's to report; verify() compares texts only
        }
    }

    private static String frontMatter(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) return "";
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) yaml.append(lines[i]).append('\n');
        return yaml.toString();
    }

    /** Writes beside the file then renames it over: an interrupted fmt leaves the old file or the new, never half. */
    private static void replace(Path file, String text) {
        try {
            Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".fmt");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                try {
                    Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the default permissions are all there is
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String displayOf(Course course) {
        String file = course.pos().file();
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }
}

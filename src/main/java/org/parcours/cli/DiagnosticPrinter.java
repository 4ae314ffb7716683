package org.parcours.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.parcours.diag.Diagnostic;
import org.parcours.i18n.Lang;
import org.parcours.i18n.Text;

/**
 * Prints diagnostics as `path:line:col: severity CODE: message` lines, each followed by its hint, or as JSON.
 * Colour is applied only when asked (on a terminal by default).
 */
final class DiagnosticPrinter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintWriter out;
    private final OutputOptions options;
    private final Lang lang;

    DiagnosticPrinter(PrintWriter out, OutputOptions options, Lang lang) {
        this.out = out;
        this.options = options;
        this.lang = lang;
    }

    void text(List<Diagnostic> diagnostics) {
        boolean colour = options.colour();
        for (Diagnostic d : diagnostics) {
            if (options.quiet && !d.isError()) continue;
            String severity = d.severity().label(lang) + " " + d.code().id();
            if (colour) severity = (d.isError() ? "\u001B[1;31m" : "\u001B[1;33m") + severity + "\u001B[0m";
            out.println(d.pos() + ": " + severity + ": " + d.message(lang));
            if (!d.hint(lang).isEmpty()) out.println("    " + HINT.in(lang) + " " + d.hint(lang));
        }
        out.flush();
    }

    void summary(String subject, List<Diagnostic> diagnostics) {
        if (options.quiet) return;
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        out.println(Text.of("%s: %s, %s", subject, errors(errors), warnings(warnings)).in(lang));
        out.flush();
    }

    ObjectNode json(List<Diagnostic> diagnostics) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            ObjectNode n = list.addObject();
            n.put("file", d.pos().file());
            n.put("line", d.pos().line());
            n.put("column", d.pos().column());
            n.put("severity", d.severity().label());
            n.put("code", d.code().id());
            n.put("message", d.message(lang));
            n.put("hint", d.hint(lang));
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        root.put("errors", errors);
        root.put("warnings", diagnostics.size() - errors);
        return root;
    }

    void print(ObjectNode node) {
        try {
            out.println(JSON.writeValueAsString(node));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
        out.flush();
    }

    private static final Text HINT = Text.of("hint:");

    /** "1 error", "2 errors" (« 1 erreur », « 2 erreurs »). */
    Text errors(long n) {
        return Text.of(lang.singular(n) ? "%d error" : "%d errors", n);
    }

    Text warnings(long n) {
        return Text.of(lang.singular(n) ? "%d warning" : "%d warnings", n);
    }
}

package org.parcours.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.SourcePos;

/**
 * The FreeMarker templates of the player. The built-in ones live in org/parcours/templates/; a course may hold a
 * templates/ folder whose files replace the built-in ones of the same name, so authors restyle the HTML without
 * forking the tool. A fault in a course's template is the author's: it becomes a diagnostic (R501), while a
 * fault in a built-in template is a bug and fails loudly.
 */
final class Templates {
    static final List<String> BUILT_IN =
            List.of("index.ftlh", "part.ftlh", "lesson.ftlh", "blocks.ftlh", "quiz.ftlh", "questions.ftlh");

    private final Configuration config;
    private final Optional<Path> overrides;
    private final String overridesDisplay;

    private Templates(Optional<Path> overrides, String overridesDisplay) {
        this.overrides = overrides;
        this.overridesDisplay = overridesDisplay;
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setDefaultEncoding("UTF-8");
        // the templates' names are exact: no lesson_fr_FR.ftlh lookups
        config.setLocalizedLookup(false);
        // numbers go into attributes and JSON-like places: never "1 000" or "1,5"
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // a course's template is data from outside: it may not instantiate Java classes or reach the API of objects
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, "/org/parcours/templates");
        if (overrides.isPresent()) {
            try {
                config.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
                        new FileTemplateLoader(overrides.get().toFile()), builtIn}));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            config.setTemplateLoader(builtIn);
        }
    }

    /**
     * The templates for a course in {@code root}; {@code display} is how the course folder appears in diagnostics.
     * Files of templates/ that replace no built-in template are reported (R502): a typo would otherwise be ignored.
     */
    static Templates forCourse(Path root, String display, Diagnostics diags) {
        Path dir = root.resolve("templates");
        String shown = display.isEmpty() ? "templates" : display + "/templates";
        if (!Files.isDirectory(dir)) return new Templates(Optional.empty(), shown);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") || BUILT_IN.contains(name)) continue;
                diags.warning(Code.UNKNOWN_TEMPLATE, SourcePos.file(shown + "/" + name),
                        "'%s' does not replace a built-in template and is ignored", name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Templates(Optional.of(dir), shown);
    }

    /** Renders {@code name} with {@code model}; empty when a course template failed (the diagnostic says why). */
    Optional<String> render(String name, Map<String, Object> model, Diagnostics diags) {
        try {
            Template template = config.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return Optional.of(out.toString());
        } catch (ParseException e) {
            return authorsFault(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage(), e, diags);
        } catch (TemplateException e) {
            return authorsFault(e.getTemplateSourceName(), lineOf(e.getLineNumber()), lineOf(e.getColumnNumber()),
                    firstLine(e.getMessageWithoutStackTop()), e, diags);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
    }

    private Optional<String> authorsFault(String source, int line, int column, String message, Exception e, Diagnostics diags) {
        boolean fromCourse = source != null && overrides.isPresent() && Files.isRegularFile(overrides.get().resolve(source));
        if (!fromCourse) throw new IllegalStateException("built-in template " + source + " failed: " + message, e);
        diags.error(Code.TEMPLATE_ERROR, new SourcePos(overridesDisplay + "/" + source, Math.max(line, 1), Math.max(column, 1)),
                "%s", message);
        return Optional.empty();
    }

    private static int lineOf(Integer n) {
        return n == null ? 1 : n;
    }

    /** FreeMarker's messages span lines (the faulty expression, then tips after a "----" rule): keep one line. */
    private static String firstLine(String message) {
        if (message == null || message.isBlank()) return "template error";
        StringBuilder out = new StringBuilder();
        for (String line : message.strip().split("\n")) {
            if (line.startsWith("----") || line.startsWith("Tip:")) break;
            out.append(' ').append(line.strip());
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}

package org.parcours.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.Result;
import org.parcours.model.Course;
import org.parcours.model.Lesson;
import org.parcours.model.Part;
import org.parcours.model.Quiz;
import org.parcours.tree.FileTree;

/**
 * STAND-IN of the player's renderer (docs/runtime.md), only so that the xapi branch compiles and its adapters can
 * be exercised before the player lands in main: pages that embed the course data and load the tracker and one
 * adapter, with no player UI. Not to be merged: on `git merge main` the player's file replaces this one.
 */
public final class PlayerRenderer {
    private static final ObjectMapper JSON = new ObjectMapper();
    // the player's convention: an adapter's first line lists the runtime files it needs before it
    private static final java.util.regex.Pattern REQUIRES =
            java.util.regex.Pattern.compile("\\A\\s*/\\*\\s*parcours:requires\\s+([^*]*)\\*/");

    private PlayerRenderer() {}

    public static Result<FileTree> render(Course course, PlayerOptions options) {
        FileTree.Builder tree = FileTree.builder();
        tree.put("index.html", page(course, options, "course", ""));
        if (options.unitPages()) {
            for (Part p : course.parts()) {
                for (Lesson l : p.lessons()) tree.put("units/" + l.id() + ".html", page(course, options, l.id().value(), "../"));
                p.quiz().ifPresent(q -> tree.put("units/" + q.id() + ".html", page(course, options, q.id().value(), "../")));
            }
            course.assessment().ifPresent(q -> tree.put("units/" + q.id() + ".html", page(course, options, q.id().value(), "../")));
        }
        for (String f : scripts(options.adapter())) tree.put("runtime/" + f, resource(f));
        course.assets().forEach(a -> tree.putFile(a.path(), course.root().resolve(a.path())));
        return Result.of(tree.build(), new Diagnostics());
    }

    private static String page(Course course, PlayerOptions options, String scope, String up) {
        String json = data(course, options, scope).toString().replace("</", "<\\/");
        return "<!DOCTYPE html>\n<html lang=\"" + course.language() + "\"><head><meta charset=\"utf-8\"><title>"
                + course.title().replace("<", "&lt;") + "</title>\n"
                + "<script type=\"application/json\" id=\"parcours-data\">" + json + "</script>\n"
                + scripts(options.adapter()).stream().map(f -> "<script src=\"" + up + "runtime/" + f + "\"></script>\n")
                        .collect(java.util.stream.Collectors.joining())
                + "</head><body><main><h1>" + course.title().replace("<", "&lt;") + "</h1></main></body></html>\n";
    }

    private static ObjectNode data(Course course, PlayerOptions options, String scope) {
        String base = course.iri().replaceAll("/$", "");
        ObjectNode d = JSON.createObjectNode();
        ObjectNode c = d.putObject("course");
        c.put("id", base).put("slug", course.id().value()).put("title", course.title())
                .put("language", course.language()).put("version", course.metadata().version())
                .put("passingScore", course.settings().passingScore())
                .put("lockAssessment", course.settings().lockAssessment());
        d.put("adapter", options.adapter()).put("scope", scope);
        ArrayNode units = d.putArray("units");
        ObjectNode quizzes = d.putObject("quizzes");
        for (Part p : course.parts()) {
            String piri = base + "/" + p.id();
            units.addObject().put("id", p.id().value()).put("kind", "part").put("title", p.title()).put("iri", piri);
            for (Lesson l : p.lessons()) {
                units.addObject().put("id", l.id().value()).put("kind", "lesson").put("part", p.id().value())
                        .put("title", l.title()).put("iri", piri + "/" + l.id());
            }
            p.quiz().ifPresent(q -> quiz(units, quizzes, q, p.id().value(), piri + "/" + q.id()));
        }
        course.assessment().ifPresent(q -> quiz(units, quizzes, q, null, base + "/" + q.id()));
        return d;
    }

    private static void quiz(ArrayNode units, ObjectNode quizzes, Quiz q, String part, String iri) {
        ObjectNode u = units.addObject().put("id", q.id().value()).put("kind", "quiz").put("title", q.title()).put("iri", iri);
        if (part != null) u.put("part", part);
        quizzes.putObject(q.id().value()).put("title", q.title()).put("passingScore", q.passingScore())
                .put("maxAttempts", q.maxAttempts()).put("draw", q.draw()).put("shuffle", q.shuffle())
                .put("assessment", q.isAssessment()).putArray("questions");
    }

    private static java.util.List<String> scripts(String adapter) {
        String file = "adapters/" + adapter + ".js";
        java.util.List<String> out = new java.util.ArrayList<>(java.util.List.of("tracker.js"));
        var m = REQUIRES.matcher(new String(resource(file), java.nio.charset.StandardCharsets.UTF_8));
        if (m.find()) out.addAll(java.util.List.of(m.group(1).strip().split("\\s+")));
        out.add(file);
        return out;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PlayerRenderer.class.getResourceAsStream("/org/parcours/runtime/" + name)) {
            if (in == null) throw new IllegalStateException("runtime file missing from the jar: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

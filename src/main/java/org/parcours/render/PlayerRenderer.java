package org.parcours.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.Result;
import org.parcours.model.Course;
import org.parcours.model.Asset;
import org.parcours.tree.FileTree;

/**
 * STAND-IN from the scorm branch, NOT the player: it only lays out the files that docs/runtime.md promises
 * (index.html, units/&lt;id&gt;.html, runtime/…, assets/…) so that the SCORM 1.2 target can be built and tested for
 * its manifest before the real renderer lands. The player branch's PlayerRenderer replaces this file (take
 * theirs on merge); browser journeys detect this stand-in and refuse to run against it.
 */
public final class PlayerRenderer {
    /** Marker that tests look for to know that they are not looking at the real player. */
    public static final String STAND_IN_MARKER = "parcours-stand-in-renderer";
    private static final List<String> RUNTIME = List.of("player.js", "quiz.js", "tracker.js", "i18n.js", "player.css",
            "adapters/standalone.js", "adapters/scorm12.js", "adapters/xapi.js", "adapters/cmi5.js");

    private PlayerRenderer() {}

    public static Result<FileTree> render(Course course, PlayerOptions options) {
        FileTree.Builder tree = FileTree.builder();
        tree.put("index.html", page(course.title(), "", options.adapter()));
        if (options.unitPages()) {
            List<String> units = new ArrayList<>();
            course.intro().ifPresent(p -> units.add(p.id().value()));
            course.parts().forEach(p -> {
                p.lessons().forEach(l -> units.add(l.id().value()));
                p.quiz().ifPresent(q -> units.add(q.id().value()));
            });
            course.assessment().ifPresent(q -> units.add(q.id().value()));
            course.appendices().forEach(p -> units.add(p.id().value()));
            for (String id : units) tree.put("units/" + id + ".html", page(id, "../", options.adapter()));
        }
        for (String file : RUNTIME) {
            try (InputStream in = PlayerRenderer.class.getResourceAsStream("/org/parcours/runtime/" + file)) {
                if (in != null) tree.put("runtime/" + file, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Asset a : course.assets()) tree.putFile(a.path(), course.root().resolve(a.path()));
        return Result.of(tree.build(), new Diagnostics());
    }

    private static String page(String title, String up, String adapter) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta name=\"generator\" content=\""
                + STAND_IN_MARKER + "\"><title>" + title.replace("<", "&lt;") + "</title></head><body>\n"
                + "<script src=\"" + up + "runtime/adapters/" + adapter + ".js\"></script>\n</body></html>\n";
    }
}

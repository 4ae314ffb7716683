package org.parcours.render;

import java.nio.file.Path;
import org.parcours.Parcours;
import org.parcours.diag.Result;
import org.parcours.model.Course;
import org.parcours.tree.FileTree;

/** Loads test courses of src/test/resources and renders them. */
final class RenderFixtures {
    private RenderFixtures() {}

    static Path path(String relative) {
        return Path.of("src/test/resources").resolve(relative);
    }

    /** A checked course; {@code relative} (e.g. "courses/complete") is also how its paths appear in diagnostics. */
    static Course course(String relative) {
        Result<Course> r = Parcours.check(path(relative), relative);
        if (r.hasErrors()) throw new AssertionError("fixture " + relative + " does not check: " + r.diagnostics());
        return r.value().orElseThrow();
    }

    /**
     * Renders an invalid fixture (src/test/resources/invalid/CODE/, an overlay on the minimal course) copied into
     * {@code dir}; its paths show as "course/…", as in the fixture's expected.txt.
     */
    static Result<FileTree> renderInvalid(String code, Path dir) {
        Path course = org.parcours.Fixtures.minimalWith(org.parcours.Fixtures.INVALID.resolve(code), dir);
        Result<Course> checked = Parcours.check(course, "course");
        if (checked.hasErrors()) throw new AssertionError("fixture " + code + " does not check: " + checked.diagnostics());
        return PlayerRenderer.render(checked.value().orElseThrow(), PlayerOptions.standalone());
    }

    static Result<FileTree> render(String relative, PlayerOptions options) {
        return PlayerRenderer.render(course(relative), options);
    }

    static FileTree web(String relative) {
        Result<FileTree> r = render(relative, PlayerOptions.standalone());
        return r.value().orElseThrow(() -> new AssertionError("render failed: " + r.diagnostics()));
    }

    static String index(String relative) {
        return web(relative).text("index.html").orElseThrow();
    }

    /** The HTML of one unit's template in index.html. */
    static String unit(String html, String id) {
        int start = html.indexOf("<template id=\"U-" + id + "\"");
        if (start < 0) throw new AssertionError("no unit " + id);
        return html.substring(start, html.indexOf("</template>", start));
    }
}

package org.parcours.check;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.Suggest;
import org.parcours.model.Body;
import org.parcours.model.Course;
import org.parcours.model.Heading;
import org.parcours.model.Reference;

/** Links between lessons and pages resolve, and so do their anchors; links to files point at existing files. */
final class LinkCheck implements Check {

    @Override
    public void run(Course course, Diagnostics diags) {
        Map<String, Body> bySource = new HashMap<>();
        course.lessons().forEach(l -> bySource.put(l.source(), l.body()));
        course.pages().forEach(p -> bySource.put(p.source(), p.body()));
        for (Map.Entry<String, Body> e : bySource.entrySet()) {
            Body own = e.getValue();
            for (Reference r : own.references()) {
                if (r.kind() != Reference.Kind.LINK || r.path().isEmpty()) continue;
                String path = r.path().get();
                if (path.isEmpty()) {
                    r.anchor().ifPresent(a -> anchor(own, a, r, diags));
                } else if (path.startsWith("..")) {
                    diags.error(Code.OUTSIDE_COURSE, r.pos(), "link '%s' leaves the course folder", r.target())
                            .hint("copy the file into assets/ and link it with a relative path");
                } else if (bySource.containsKey(path)) {
                    r.anchor().ifPresent(a -> anchor(bySource.get(path), a, r, diags));
                } else if (path.endsWith(".md")) {
                    diags.error(Code.BROKEN_LINK, r.pos(), "link '%s': no lesson or page at '%s'", r.target(), path);
                    Near.file(dirOf(e.getKey()), path, bySource.keySet()).ifPresentOrElse(
                            near -> diags.hint("did you mean '%s'? (the path is relative to this file)", near),
                            () -> diags.hint("the path is relative to this file; lessons are linked by their .md file"));
                } else if (!course.hasAsset(path)) {
                    // only assets are packaged: a link to course.yaml or to a file reached through a link would break
                    if (Files.isRegularFile(course.root().resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && !path.startsWith("assets/")) {
                        diags.error(Code.BROKEN_LINK, r.pos(), "link '%s': '%s' is not packaged (only assets/ is)",
                                r.target(), path).hint("move the file to assets/ and link it there");
                    } else {
                        diags.error(Code.BROKEN_LINK, r.pos(), "link '%s': file '%s' not found", r.target(), path);
                        Near.file(dirOf(e.getKey()), path, course.assets().stream().map(a -> a.path()).toList())
                                .ifPresent(near -> diags.hint("did you mean '%s'? (the path is relative to this file)", near));
                    }
                }
            }
        }
    }

    private static void anchor(Body target, String anchor, Reference r, Diagnostics diags) {
        if (!target.readable()) return;
        List<String> anchors = target.headings().stream().map(Heading::anchor).toList();
        if (anchors.contains(anchor)) return;
        diags.error(Code.BROKEN_ANCHOR, r.pos(), "link '%s': no section with anchor '#%s'", r.target(), anchor);
        Suggest.closest(anchor, anchors).ifPresentOrElse(
                best -> diags.hint("did you mean '#%s'? (anchors come from the headings: lower case, no accents, '-' for spaces)", best),
                () -> { if (!anchors.isEmpty()) diags.hint("the sections of that page: %s", String.join(", ", anchors.stream().map(a -> "#" + a).toList())); });
    }

    private static String dirOf(String source) {
        int slash = source.lastIndexOf('/');
        return slash < 0 ? "" : source.substring(0, slash);
    }
}

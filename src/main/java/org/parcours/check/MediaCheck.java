package org.parcours.check;

import java.nio.file.Files;
import java.util.stream.Stream;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostics;
import org.parcours.model.Block;
import org.parcours.model.Body;
import org.parcours.model.Course;
import org.parcours.model.Reference;

/**
 * Images, media, captions and attachments exist under assets/ (only that folder is packaged), images have
 * alternative text and media have captions: RGAA 4.1 criteria 1.1 and 4.1.
 */
final class MediaCheck implements Check {

    @Override
    public void run(Course course, Diagnostics diags) {
        Stream.concat(course.lessons().stream().map(l -> l.body()), course.pages().stream().map(p -> p.body()))
                .forEach(body -> check(course, body, diags));
    }

    private static void check(Course course, Body body, Diagnostics diags) {
        for (Reference r : body.references()) {
            if (r.kind() == Reference.Kind.LINK) continue;
            if (r.path().isEmpty()) {
                diags.error(Code.MISSING_ASSET, r.pos(), "'%s' is not a file of the course: packages must work offline", r.target())
                        .hint("download the file into assets/ and link it with a relative path");
                continue;
            }
            String path = r.path().get();
            if (path.startsWith("..")) {
                diags.error(Code.OUTSIDE_COURSE, r.pos(), "'%s' leaves the course folder: only files of the course are packaged",
                        r.target()).hint("copy the file into assets/ and link it with a relative path");
            } else if (course.hasAsset(path)) {
                // a real file under assets/, reached without links: it is packaged
            } else if (!Files.isRegularFile(course.root().resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    || path.startsWith("assets/")) {
                // under assets/ but not an asset: missing, or reached through a link the loader refused
                diags.error(Code.MISSING_ASSET, r.pos(), "file '%s' not found", r.target());
            } else {
                diags.error(Code.MISSING_ASSET, r.pos(), "'%s' is outside assets/, so it would not be packaged", r.target())
                        .hint("move it to assets/");
            }
            if (r.kind() == Reference.Kind.IMAGE && r.text().isBlank()) {
                diags.error(Code.MISSING_ALT, r.pos(), "image '%s' has no alternative text", r.target());
            }
            if (r.kind() == Reference.Kind.CAPTIONS && !path.endsWith(".vtt")) {
                diags.error(Code.MISSING_CAPTIONS, r.pos(), "captions '%s' must be a WebVTT file (.vtt)", r.target());
            }
        }
        for (Block b : body.blocks()) {
            if (b instanceof Block.Media m && m.captions().isEmpty()) {
                diags.error(Code.MISSING_CAPTIONS, m.pos(), m.kind() == Block.Media.Kind.VIDEO
                        ? "video '%s' has no captions track" : "audio '%s' has no captions track", m.src());
            }
        }
    }
}

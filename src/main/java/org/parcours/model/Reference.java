package org.parcours.model;

import java.util.Optional;
import org.parcours.diag.SourcePos;

/**
 * A link or an image found in a body. {@code target} is what the author wrote; {@code path} is the file it
 * points to, relative to the course folder, when it is a relative link; {@code anchor} the part after '#'.
 */
public record Reference(Kind kind, String target, Optional<String> path, Optional<String> anchor, String text, SourcePos pos) {
    public enum Kind { LINK, IMAGE, MEDIA, CAPTIONS, DOWNLOAD }

    public boolean isExternal() {
        return path.isEmpty() && (target.contains(":") || target.startsWith("//"));
    }
}

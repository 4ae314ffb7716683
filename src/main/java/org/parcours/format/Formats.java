package org.parcours.format;

import java.util.List;
import java.util.Optional;
import org.parcours.format.cmi5.Cmi5Format;
import org.parcours.format.scorm12.Scorm12Format;
import org.parcours.format.web.WebFormat;
import org.parcours.format.xapi.TincanFormat;

/** The registry of package formats, in the order builds run them. */
public final class Formats {
    private static final List<Format> ALL =
            List.of(new WebFormat(), new Scorm12Format(), new TincanFormat(), new Cmi5Format());

    private Formats() {}

    public static List<Format> all() {
        return ALL;
    }

    public static Optional<Format> byFormat(String format) {
        return ALL.stream().filter(t -> t.format().equals(format)).findFirst();
    }
}

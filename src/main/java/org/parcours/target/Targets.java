package org.parcours.target;

import java.util.List;
import java.util.Optional;
import org.parcours.target.cmi5.Cmi5Target;
import org.parcours.target.scorm12.Scorm12Target;
import org.parcours.target.web.WebTarget;
import org.parcours.target.xapi.TincanTarget;

/** The registry of package formats, in the order builds run them. */
public final class Targets {
    private static final List<Target> ALL =
            List.of(new WebTarget(), new Scorm12Target(), new TincanTarget(), new Cmi5Target());

    private Targets() {}

    public static List<Target> all() {
        return ALL;
    }

    public static Optional<Target> byFormat(String format) {
        return ALL.stream().filter(t -> t.format().equals(format)).findFirst();
    }
}

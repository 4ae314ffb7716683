package org.parcours.check;

import java.util.Collection;
import java.util.Optional;
import org.parcours.diag.Suggest;

/** "Did you mean" for a path that leads nowhere: the closest file of the course, as a link from where it was written. */
final class Near {
    private Near() {}

    /**
     * The candidate (a course-relative path) closest to {@code missing}, compared on file names without their
     * order number and extension (« composteur.png » finds « composteur.svg », « 3-etapes.md » « 03-etapes.md »),
     * written relative to {@code fromDir} (so that a forgotten « ../ » is shown back).
     */
    static Optional<String> file(String fromDir, String missing, Collection<String> candidates) {
        return Suggest.closest(missing, candidates, Near::stem).map(c -> relative(fromDir, c));
    }

    private static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        return name.replaceFirst("^\\d+-", "");
    }

    /** {@code path} (course-relative) as a relative link from the folder {@code fromDir} ("" at the course root). */
    static String relative(String fromDir, String path) {
        if (fromDir.isEmpty()) return path;
        String[] from = fromDir.split("/");
        String[] to = path.split("/");
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) common++;
        StringBuilder out = new StringBuilder();
        for (int i = common; i < from.length; i++) out.append("../");
        for (int i = common; i < to.length; i++) out.append(to[i]).append(i < to.length - 1 ? "/" : "");
        return out.toString();
    }
}

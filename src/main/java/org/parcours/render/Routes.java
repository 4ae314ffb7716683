package org.parcours.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.parcours.model.Course;
import org.parcours.model.Lesson;
import org.parcours.model.Page;
import org.parcours.model.Part;
import org.parcours.model.Quiz;
import org.parcours.model.Unit;

/**
 * Where things are in the player. A unit is reached at the route {@code #/<unit id>}, a section of it at
 * {@code #/<unit id>/<anchor>}; a link an author wrote to a lesson's .md file (or a page's) becomes that route,
 * and a link to an asset becomes its path in the package.
 */
final class Routes {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private final Map<String, String> unitBySource = new HashMap<>();

    Routes(Course course) {
        for (Unit u : course.units()) {
            Object s = u.source();
            String source = s instanceof Part p ? p.source() + "/part.yaml" : s instanceof Lesson l ? l.source()
                    : s instanceof Quiz q ? q.source() : ((Page) s).source();
            unitBySource.put(source, u.id());
        }
    }

    static String route(String unitId, String anchor) {
        return "#/" + unitId + (anchor.isEmpty() ? "" : "/" + anchor);
    }

    static boolean isExternal(String destination) {
        return SCHEME.matcher(destination).matches() || destination.startsWith("//");
    }

    /**
     * The href of a link written in the unit {@code unitId}, whose source file sits in the course folder {@code dir}
     * ("" at the root); {@code base} leads from the rendered page to the player root.
     */
    String href(String destination, String unitId, String dir, String base) {
        String d = destination.strip();
        if (isExternal(d)) return d;
        int hash = d.indexOf('#');
        String path = hash < 0 ? d : d.substring(0, hash);
        String anchor = hash < 0 ? "" : d.substring(hash + 1);
        if (path.isEmpty()) return route(unitId, anchor);
        String resolved = resolve(dir, path);
        String unit = unitBySource.get(resolved);
        if (unit != null) return route(unit, anchor);
        // any other file of the course (the checks have made sure it exists) keeps its place in the package
        return base + resolved + (hash < 0 ? "" : "#" + anchor);
    }

    /** The path of a course file (course-relative) as seen from a page rendered at {@code base}. */
    static String file(String coursePath, String base) {
        return base + coursePath;
    }

    /** Resolves a relative reference against a course folder, as the loader does: '/'-separated, URL-decoded. */
    static String resolve(String dir, String relative) {
        String decoded = URLDecoder.decode(relative.replace("+", "%2B"), StandardCharsets.UTF_8);
        String joined = decoded.startsWith("/") ? decoded.substring(1) : (dir.isEmpty() ? decoded : dir + "/" + decoded);
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : joined.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) parts.removeLast();
            else parts.addLast(seg);
        }
        return String.join("/", parts);
    }

    static String dirOf(String coursePath) {
        int slash = coursePath.lastIndexOf('/');
        return slash < 0 ? "" : coursePath.substring(0, slash);
    }
}

package org.parcours.render;

import java.util.List;
import java.util.Map;

/**
 * The model of index.ftlh, the page shell. {@code scope} is "course" for index.html or a unit id for a unit page;
 * {@code base} is what leads from the page to the player root ("" or "../"); {@code scripts} are the runtime files
 * to load, in order; {@code dataJson} is the course data, already safe to embed in a script element.
 */
public record ShellView(CourseView course, List<MenuEntry> menu, List<UnitHtml> units, String scope, String base,
                        List<String> scripts, String dataJson, Map<String, String> t) {
    public ShellView {
        menu = List.copyOf(menu);
        units = List.copyOf(units);
        scripts = List.copyOf(scripts);
        t = Map.copyOf(t);
    }

    public boolean wholeCourse() {
        return scope.equals("course");
    }
}

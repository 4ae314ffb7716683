package org.parcours.render;

import java.util.List;

/**
 * A lesson or a page (kind "lesson" or "page"), as lesson.ftlh renders it. {@code kicker} is the line above the
 * title (« Partie 1 · Leçon 2 », or "" for pages).
 */
public record LessonView(String id, String kind, String kicker, String title, int minutes, List<String> objectives,
                         List<BlockView> blocks) {
    public LessonView {
        objectives = List.copyOf(objectives);
        blocks = List.copyOf(blocks);
    }
}

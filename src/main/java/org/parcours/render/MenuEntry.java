package org.parcours.render;

import java.util.List;

/**
 * One line of the course menu: a page, a part (with its lessons and quiz as children), a lesson or a quiz.
 * {@code label} is a short prefix such as « Partie 1 » or « Quiz » ("" when none).
 */
public record MenuEntry(String id, String kind, String label, String title, List<MenuEntry> children) {
    public MenuEntry {
        children = List.copyOf(children);
    }
}

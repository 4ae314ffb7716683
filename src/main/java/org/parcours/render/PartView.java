package org.parcours.render;

import java.util.List;

/** A part's opening page: its summary, objectives and contents (links to its lessons and quiz). */
public record PartView(String id, String label, String title, String summary, List<String> objectives,
                       List<MenuEntry> contents) {
    public PartView {
        objectives = List.copyOf(objectives);
        contents = List.copyOf(contents);
    }
}

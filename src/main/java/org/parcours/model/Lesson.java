package org.parcours.model;

import java.util.List;
import org.parcours.diag.SourcePos;

/** A lesson: one Markdown file. {@code source} is its path relative to the course folder, with '/' separators. */
public record Lesson(Id id, String title, int minutes, List<String> objectives, Body body, String source, SourcePos pos) {

    public Lesson {
        objectives = List.copyOf(objectives);
    }
}

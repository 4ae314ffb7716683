package org.parcours.model;

import java.util.List;
import java.util.Optional;
import org.parcours.diag.SourcePos;

/** A part of the course: a folder with part.yaml, its lessons in order and an optional quiz. */
public record Part(
        Id id, int number, String title, String summary, List<String> objectives,
        List<Lesson> lessons, Optional<Quiz> quiz, String source, SourcePos pos) {

    public Part {
        objectives = List.copyOf(objectives);
        lessons = List.copyOf(lessons);
    }
}

package org.parcours.format.scorm12;

import java.util.Locale;
import java.util.Optional;

/**
 * The two shapes of a SCORM 1.2 package ({@code --sco}): one SCO for the whole course, navigated by the player,
 * or one SCO per lesson and quiz under a root item, navigated by the LMS's table of contents.
 */
public enum Structure {
    SINGLE, LESSON;

    public static Optional<Structure> parse(String value) {
        for (Structure s : values()) if (s.option().equals(value)) return Optional.of(s);
        return Optional.empty();
    }

    /** The spelling on the command line and in course.yaml. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.parcours.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a package splits the course into tracked units, one choice for every format that has units: one unit
 * for the whole course, navigated by the player ({@code single}), or one per lesson and quiz, navigated by the
 * LMS ({@code lesson}). SCORM calls the unit an SCO ({@code --sco}, {@code build.sco}), cmi5 an AU
 * ({@code --au}, {@code build.au}). The spelling is {@link #toString()}: the CLI (picocli lists it as the
 * candidates), course.yaml and its JSON Schema all read it from here.
 */
public enum Structure {
    SINGLE, LESSON;

    /** The choice spelled {@code value}, as written in course.yaml. */
    public static Optional<Structure> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.toString().equals(value)).findFirst();
    }

    /** The spelling on the command line and in course.yaml: {@code single} or {@code lesson}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

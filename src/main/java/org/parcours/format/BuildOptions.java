package org.parcours.format;

/**
 * Structure choices of a build. {@code sco}: SCORM 1.2 structure, "single" (one SCO for the course) or "lesson"
 * (one SCO per lesson and quiz). {@code au}: the same choice for cmi5 assignable units.
 */
public record BuildOptions(String sco, String au) {

    public static BuildOptions defaults() {
        return new BuildOptions("single", "single");
    }
}

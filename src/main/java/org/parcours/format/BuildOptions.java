package org.parcours.format;

import org.parcours.model.Structure;

/**
 * Structure choices of a build: {@code sco} for SCORM packages (one SCO for the course, or one per lesson and
 * quiz), {@code au} for cmi5 assignable units.
 */
public record BuildOptions(Structure sco, Structure au) {

    public static BuildOptions defaults() {
        return new BuildOptions(Structure.SINGLE, Structure.SINGLE);
    }
}

package org.parcours.format.scorm;

import org.parcours.model.Id;

/**
 * The identifiers of a SCORM manifest (1.2 and 2004 alike), derived from the course id and the units' stable slugs only, never from titles or
 * positions: rebuilding after a text edit gives the same identifiers, so Moodle, which carries learners' tracks
 * over to a new version of a package by item identifier, keeps them. Slugs hold no '.', so the dotted forms
 * below never collide; each starts with a letter because identifiers are xsd:ID (an NCName).
 */
public record Identifiers(String course) {

    public Identifiers(Id course) {
        this(course.value());
    }

    public String manifest() {
        return "MANIFEST." + course;
    }

    public String organization() {
        return "ORG." + course;
    }

    /** The item of the whole course: the one SCO with --sco single. */
    public String courseItem() {
        return "ITEM." + course;
    }

    /** The non-launchable item that holds every unit with --sco lesson (distinct from courseItem on purpose). */
    public String rootItem() {
        return "ROOT." + course;
    }

    public String item(Id unit) {
        return "ITEM." + course + "." + unit.value();
    }

    public String courseResource() {
        return "RES." + course;
    }

    public String resource(Id unit) {
        return "RES." + course + "." + unit.value();
    }

    /** The asset resource of the files every SCO shares (runtime, assets). */
    public String shared() {
        return "SHARED." + course;
    }
}

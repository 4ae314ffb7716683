package org.parcours.format.scorm12;

import org.parcours.model.Id;

/**
 * The manifest's identifiers, derived from the course id and the units' stable slugs only, never from titles or
 * positions: rebuilding after a text edit gives the same identifiers, so Moodle, which carries learners' tracks
 * over to a new version of a package by item identifier, keeps them. Slugs hold no '.', so the dotted forms
 * below never collide; each starts with a letter because identifiers are xsd:ID (an NCName).
 */
record Identifiers(String course) {

    Identifiers(Id course) {
        this(course.value());
    }

    String manifest() {
        return "MANIFEST." + course;
    }

    String organization() {
        return "ORG." + course;
    }

    /** The item of the whole course: the one SCO with --sco single. */
    String courseItem() {
        return "ITEM." + course;
    }

    /** The non-launchable item that holds every unit with --sco lesson (distinct from courseItem on purpose). */
    String rootItem() {
        return "ROOT." + course;
    }

    String item(Id unit) {
        return "ITEM." + course + "." + unit.value();
    }

    String courseResource() {
        return "RES." + course;
    }

    String resource(Id unit) {
        return "RES." + course + "." + unit.value();
    }

    /** The asset resource of the files every SCO shares (runtime, assets). */
    String shared() {
        return "SHARED." + course;
    }
}

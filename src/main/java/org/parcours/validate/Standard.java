package org.parcours.validate;

/** The standards a package can follow, as detected from its files. */
public enum Standard {
    SCORM12("SCORM 1.2"), SCORM2004("SCORM 2004"), TINCAN("xAPI (TinCan package)"), CMI5("cmi5"),
    WEB("web package (index.html, no LMS descriptor)"), UNKNOWN("unknown");

    private final String label;

    Standard(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.parcours.format.scorm;

/**
 * Text as a SCORM manifest may hold it. Titles: at most 200 characters (IMS CP 1.1.2 titleType; SCORM 2004 CAM
 * keeps 200 as the smallest permitted maximum), on one line.
 */
public final class ManifestText {
    public static final int TITLE_MAX = 200;

    private ManifestText() {}

    /** A title on one line, at most 200 characters, cut on a character boundary. */
    public static String title(String s) {
        String t = clean(s);
        if (t.length() <= TITLE_MAX) return t;
        int end = TITLE_MAX - 1;
        if (Character.isHighSurrogate(t.charAt(end - 1))) end--;
        return t.substring(0, end) + "…";
    }

    /**
     * Text on one line, without the characters XML 1.0 cannot hold: a line break or a control character would be
     * written as a numeric character reference, which Moodle's manifest parser does not decode.
     */
    public static String clean(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]", "")
                .replaceAll("[\\t\\n\\r ]+", " ").strip();
    }

    /** An SPDX identifier gets its canonical page, so that a catalogue can link to the licence's text. */
    public static String licence(String licence) {
        String l = clean(licence);
        return l.matches("[A-Za-z0-9.+-]+") ? l + " (https://spdx.org/licenses/" + l + ".html)" : l;
    }

    public static String vcard(String name) {
        return "BEGIN:VCARD\nVERSION:2.1\nFN:" + clean(name) + "\nEND:VCARD";
    }
}

package org.parcours.validate;

import java.util.regex.Pattern;

/**
 * What makes an entry path unsafe to extract (zip slip) and what makes a file name one that some LMS refuses.
 * Shared by the zip and folder readers and by the checks of hrefs and urls inside manifests.
 */
final class EntryPaths {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    /** Names every LMS and web server handles: ASCII letters, digits and a few safe punctuation marks. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._~()+,=@-]+");

    private EntryPaths() {}

    /** Why extracting this raw entry name could write outside the destination, or null when it cannot. */
    static String unsafeReason(String raw) {
        if (raw.isEmpty()) return "an empty name";
        if (raw.indexOf('\0') >= 0) return "a NUL character";
        if (raw.startsWith("/")) return "an absolute path";
        if (raw.indexOf('\\') >= 0) return "a backslash";
        if (DRIVE.matcher(raw).matches()) return "a drive letter";
        for (String segment : raw.split("/", -1)) {
            if (segment.equals("..")) return "a '..' segment";
        }
        return null;
    }

    /** The first segment of a (safe) path that some LMS would refuse, or null when every segment is fine. */
    static String unsafeSegment(String path) {
        for (String segment : path.split("/")) {
            if (!SAFE_NAME.matcher(segment).matches()) return segment;
        }
        return null;
    }
}

package org.parcours.load;

import org.parcours.i18n.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;
import org.parcours.i18n.Text;

/**
 * The one place that decides whether a path may be read as part of the course: it must stay inside the course
 * folder and no name on the way may be a symbolic link or a special file (FIFO, device, socket). A link would
 * copy whatever it points at (/etc/passwd, a CI runner's keys) into every package; a FIFO would block the build
 * and a device would never end. Nothing is ever opened to decide: attributes are read without following links.
 */
public final class CourseFiles {
    /** What a course-relative path is, read without following any link. */
    public enum Kind { FILE, FOLDER, MISSING, LINK, SPECIAL, OUTSIDE }

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private CourseFiles() {}

    /** The kind of {@code rel} (a '/'-separated path relative to {@code root}), checking every segment. */
    public static Kind kind(Path root, String rel) {
        Text why = outsideReason(rel);
        if (why != null) return Kind.OUTSIDE;
        Path p = root;
        String[] segments = rel.split("/");
        for (int i = 0; i < segments.length; i++) {
            p = p.resolve(segments[i]);
            Kind k = kindOf(p);
            if (k != Kind.FOLDER || i == segments.length - 1) return k;
        }
        return Kind.FOLDER;
    }

    /** The kind of one path on disk, its last name not followed if it is a link. */
    public static Kind kindOf(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isSymbolicLink()) return Kind.LINK;
            if (a.isDirectory()) return Kind.FOLDER;
            if (a.isRegularFile()) return Kind.FILE;
            return Kind.SPECIAL;
        } catch (NoSuchFileException e) {
            return Kind.MISSING;
        } catch (IOException e) {
            // unreadable attributes: treat as missing rather than guess; the caller reports it as not found
            return Kind.MISSING;
        }
    }

    /** Whether {@code rel} is a regular file of the course, reached without links. */
    public static boolean isFile(Path root, String rel) {
        return kind(root, rel) == Kind.FILE;
    }

    /**
     * Why a path written by an author (course.yaml's theme, a link) cannot name a file of the course, or null:
     * absolute, a URL, a backslash, or a '..' segment.
     */
    public static Text outsideReason(String rel) {
        if (rel.isEmpty()) return Text.of("an empty path");
        if (rel.startsWith("/") || rel.startsWith("~")) return Text.of("an absolute path");
        if (rel.indexOf('\\') >= 0) return Text.of("a backslash");
        if (SCHEME.matcher(rel).matches()) return Text.of("a URL scheme");
        for (String s : rel.split("/", -1)) {
            if (s.equals("..")) return Text.of("a '..' segment");
        }
        if (rel.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) return Text.of("a control character");
        return null;
    }

    /** How a kind reads in a message: "a symbolic link", "a special file (FIFO, device or socket)". */
    public static Text describe(Kind kind) {
        return switch (kind) {
            case LINK -> Text.of("a symbolic link");
            case SPECIAL -> Text.of("a special file (FIFO, device or socket)");
            case FOLDER -> Text.of("a folder");
            case MISSING -> Text.of("missing");
            case OUTSIDE -> Text.of("outside the course");
            case FILE -> Text.of("a file");
        };
    }
}

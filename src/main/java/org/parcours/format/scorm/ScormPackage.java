package org.parcours.format.scorm;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.parcours.tree.FileTree;

/**
 * The steps both SCORM formats take around their manifest: the content files from the player's tree, the check
 * that the manifest declares each of them exactly once, and the XSD control files at the root. A failure here is
 * a bug of the player or of the manifest builder, never of the course.
 */
public final class ScormPackage {
    /** File names every LMS accepts (Moodle included): plain ASCII, '/' separators, no space (issue 5). */
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    /** A resource as far as these checks go: its launch page (or null) and its files. */
    public record Declared(String href, List<String> files) {}

    private ScormPackage() {}

    /** The player's files that go into the package; with one SCO per unit, without the whole-course page. */
    public static FileTree content(FileTree player, boolean unitScos) {
        FileTree.Builder content = FileTree.builder();
        player.files().forEach((path, bytes) -> {
            // with one SCO per unit, the whole-course page would be a second, undeclared way into the course
            if (unitScos && path.equals(ScoOutline.SINGLE_LAUNCH)) return;
            if (!SAFE_PATH.matcher(path).matches()) {
                throw new IllegalStateException("the player produced a file name that LMSs refuse: " + path);
            }
            content.put(path, bytes);
        });
        return content.build();
    }

    /** Each file in exactly one resource, and each launch page present. */
    public static void requireEveryFileDeclaredOnce(List<Declared> resources, FileTree files) {
        Set<String> declared = new TreeSet<>();
        for (Declared r : resources) {
            for (String f : r.files()) {
                if (!declared.add(f)) throw new IllegalStateException("file declared twice in the manifest: " + f);
            }
            if (r.href() != null && !files.contains(r.href())) {
                throw new IllegalStateException("the player did not produce the launch page " + r.href());
            }
        }
        if (!declared.equals(files.files().keySet())) {
            throw new IllegalStateException("manifest and files disagree: " + declared + " vs " + files.files().keySet());
        }
    }

    /** The content, the manifest and the control files: the whole package. */
    public static FileTree assemble(FileTree content, String manifestName, byte[] manifest, List<String> controlFileNames,
                                    ControlFiles controlFiles, String standard) {
        FileTree.Builder pkg = content.toBuilder().put(manifestName, manifest);
        for (String name : controlFileNames) {
            pkg.put(name, controlFiles.read(name).orElseThrow(() -> new IllegalStateException(
                    "the " + standard + " schema " + name + " is missing from org/parcours/schemas/ on the classpath: "
                            + "this Parcours was built without the project's schemas/ folder")));
        }
        return pkg.build();
    }
}

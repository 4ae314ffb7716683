package org.parcours.validate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What every package must respect whatever its standard: no OS junk, names every LMS accepts, no case twins. */
final class ContainerCheck {
    private ContainerCheck() {}

    static void run(PackageFiles files, Findings findings) {
        Map<String, String> lower = new HashMap<>();
        for (String path : files.files().keySet()) {
            if (isJunk(path)) {
                findings.add(Rule.JUNK_FILE, path, 0, "operating-system junk: remove it before zipping (on macOS,"
                        + " `zip -r pkg.zip . -x '.*' -x '__MACOSX*'`)");
                continue;
            }
            String segment = EntryPaths.unsafeSegment(path);
            if (segment != null) {
                findings.add(Rule.UNSAFE_FILE_NAME, path, 0, "the name '%s' has characters some LMSs or web servers"
                        + " refuse or mangle: use ASCII letters, digits, '-', '_' and '.', and no spaces", segment);
            }
            String twin = lower.putIfAbsent(path.toLowerCase(Locale.ROOT), path);
            if (twin != null) {
                findings.add(Rule.CASE_COLLISION, path, 0, "differs from '%s' only by case: the two collide on"
                        + " Windows and macOS servers", twin);
            }
        }
    }

    static boolean isJunk(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("__MACOSX/") || path.contains("/__MACOSX/") || name.equals(".DS_Store")
                || name.equals("Thumbs.db") || name.startsWith("._") || name.equalsIgnoreCase("desktop.ini");
    }
}

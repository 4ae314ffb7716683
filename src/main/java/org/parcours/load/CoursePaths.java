package org.parcours.load;

import java.util.ArrayDeque;
import java.util.Deque;

/** Course-relative paths with '/' separators; ".." that would leave the course folder is kept so checks can flag it. */
final class CoursePaths {
    private CoursePaths() {}

    static String resolve(String dir, String relative) {
        String decoded = java.net.URLDecoder.decode(relative.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        Deque<String> parts = new ArrayDeque<>();
        String joined = decoded.startsWith("/") ? decoded.substring(1) : (dir.isEmpty() ? decoded : dir + "/" + decoded);
        for (String seg : joined.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) parts.removeLast();
            else parts.addLast(seg);
        }
        return String.join("/", parts);
    }
}

package org.parcours.validate;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns an href or url of a manifest into the package path it names: xml:base applied (RFC 3986 reference
 * resolution on paths), query and fragment dropped, percent-escapes decoded. Returns null for a URL with a
 * scheme or authority, which names something outside the package.
 */
final class Hrefs {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private Hrefs() {}

    /** Schemes a manifest may name outside the package: the web's. javascript:, data:, file: and the rest are not. */
    static final java.util.Set<String> WEB_SCHEMES = java.util.Set.of("http", "https");

    /**
     * The scheme of an href, lower case, read as a browser would (WHATWG URL: tabs and newlines removed, leading
     * controls and spaces trimmed), or "" for a relative reference.
     */
    static String scheme(String href) {
        String h = href.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "");
        if (!SCHEME.matcher(h).matches() || h.matches("^[A-Za-z]:[\\\\/].*")) return "";
        return h.substring(0, h.indexOf(':')).toLowerCase(Locale.ROOT);
    }

    static boolean isExternal(String href) {
        return SCHEME.matcher(href).matches() && !href.matches("^[A-Za-z]:[\\\\/].*") || href.startsWith("//");
    }

    /** Why the href cannot name a file of the package portably (absolute, backslash, '..'), or null. */
    static String badPath(String href) {
        if (href.startsWith("/")) return "an absolute path";
        if (href.indexOf('\\') >= 0) return "a backslash";
        if (href.matches("^[A-Za-z]:.*")) return "a drive letter";
        String path = stripQuery(href);
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equalsIgnoreCase("%2e%2e")) return "a '..' segment";
        }
        return null;
    }

    static String stripQuery(String href) {
        int cut = href.length();
        int q = href.indexOf('?');
        int f = href.indexOf('#');
        if (q >= 0) cut = Math.min(cut, q);
        if (f >= 0) cut = Math.min(cut, f);
        return href.substring(0, cut);
    }

    static String query(String href) {
        String noFragment = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        int q = noFragment.indexOf('?');
        return q < 0 ? "" : noFragment.substring(q + 1);
    }

    /**
     * The package path of {@code href} read against the bases, outermost first (each an xml:base value or
     * null); null when the result is external or climbs above the root.
     */
    static String resolve(String href, String... bases) {
        String base = "";
        for (String b : bases) {
            if (b == null || b.isBlank()) continue;
            if (isExternal(b)) return null;
            base = join(base, b.trim());
        }
        String h = href.trim();
        if (isExternal(h)) return null;
        String path = join(base, stripQuery(h));
        return path == null ? null : decode(path);
    }

    /** RFC 3986 5.2: a reference against a base path; the base's last segment is dropped unless it ends in '/'. */
    private static String join(String base, String ref) {
        if (base == null) return null;
        String dir = ref.startsWith("/") ? "" : base.substring(0, base.lastIndexOf('/') + 1);
        Deque<String> segments = new ArrayDeque<>();
        String all = dir + (ref.startsWith("/") ? ref.substring(1) : ref);
        String[] parts = all.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String s = parts[i];
            boolean last = i == parts.length - 1;
            if (s.equals(".")) {
                if (last) segments.add("");
            } else if (s.equals("..")) {
                if (segments.isEmpty()) return null;
                segments.removeLast();
                if (last) segments.add("");
            } else if (!s.isEmpty() || last) {
                segments.add(s);
            }
        }
        return String.join("/", segments);
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** Whether the file looks like a web page: an HTML extension and HTML markup in its first bytes. */
    static boolean isHtml(PackageEntry entry) {
        String ext = PackageFiles.extension(entry.path());
        if (!ext.equals("html") && !ext.equals("htm") && !ext.equals("xhtml")) return false;
        String head = new String(entry.head(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<head")
                || head.contains("<body") || head.contains("<meta") || head.contains("<title") || head.contains("<script");
    }
}

package org.parcours.validate;

import java.util.Locale;
import java.util.Set;

/**
 * Checks a launch url of tincan.xml or an AU url of cmi5.xml: it names an HTML page inside the package, by a
 * portable relative path, without the launch parameters the LMS adds itself (cmi5 8.1; the TinCan launch
 * guidelines), since a duplicate parameter makes the content read the package's value instead of the LMS's.
 */
final class LaunchUrls {
    /** cmi5 8.1.1–8.1.5: the LMS appends these to the AU url. */
    static final Set<String> CMI5_RESERVED = Set.of("endpoint", "fetch", "actor", "registration", "activityid");
    /** TinCan launch: the LMS appends these (auth would also be a credential). */
    static final Set<String> TINCAN_RESERVED = Set.of("endpoint", "auth", "actor", "registration", "activity_id",
            "activityid", "fetch");

    private LaunchUrls() {}

    static void check(String url, Set<String> reserved, String entry, int line, PackageFiles files, Findings findings) {
        String u = url.trim();
        if (u.isEmpty()) return;
        String query = Hrefs.query(u);
        if (!query.isEmpty()) {
            String clash = null;
            for (String pair : query.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (reserved.contains(name.toLowerCase(Locale.ROOT))) {
                    clash = name;
                    break;
                }
            }
            if (clash != null) {
                findings.add(Rule.URL_RESERVED_PARAMETER, entry, line, "url \"%s\" carries the launch parameter \"%s\","
                        + " which the LMS adds at launch: the content could read the package's value instead", u, clash);
            } else {
                findings.add(Rule.URL_QUERY, entry, line, "url \"%s\" carries a query string: LMSs must merge it with"
                        + " their launch parameters, and not all do", u);
            }
        }
        String scheme = Hrefs.scheme(u);
        if (!scheme.isEmpty() && !Hrefs.WEB_SCHEMES.contains(scheme)) {
            findings.add(Rule.URL_EXTERNAL, entry, line, "url \"%s\" uses the %s: scheme: launching it runs script or"
                    + " reads local files in the LMS's origin", u, scheme);
            return;
        }
        if (Hrefs.isExternal(u)) {
            findings.add(Rule.URL_EXTERNAL, entry, line, "url \"%s\" points outside the package: the LMS would launch"
                    + " content it did not receive, from a server the package cannot vouch for", u);
            return;
        }
        String bad = Hrefs.badPath(u);
        if (bad != null) {
            findings.add(Rule.URL_BAD_PATH, entry, line, "url \"%s\" has %s: urls are relative to the package root,"
                    + " with '/' separators", u, bad);
            return;
        }
        String path = Hrefs.resolve(u);
        if (path == null || !files.contains(path)) {
            findings.add(Rule.LAUNCH_MISSING, entry, line, "url \"%s\" names %s, which is not in the package", u,
                    path == null ? "nothing" : path);
        } else if (!Hrefs.isHtml(files.get(path).orElseThrow())) {
            findings.add(Rule.LAUNCH_NOT_HTML, entry, line, "url \"%s\" launches %s, which is not an HTML page", u, path);
        }
    }
}

package org.parcours.validate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain web package (index.html at the root, no LMS descriptor): what applies to a site opened from the disk
 * or served from any folder. Every src and href of its HTML pages must name a file of the package by a relative
 * path (an absolute path breaks under file:// and in a sub-folder; a resource loaded from the network breaks
 * offline); links to other sites are fine. Names, paths and sizes are checked for every package already.
 */
final class WebCheck {
    static final String LAUNCH = "index.html";
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(src|href)\\s*=\\s*([\"'])([^\"']*)\\2", Pattern.CASE_INSENSITIVE);
    private static final Pattern HARMLESS = Pattern.compile("^(#|mailto:|tel:|data:|javascript:|about:).*", Pattern.CASE_INSENSITIVE);

    private WebCheck() {}

    static void run(PackageFiles files, Findings findings) {
        for (PackageEntry entry : files.files().values()) {
            if (!Hrefs.isHtml(entry)) continue;
            String html = entry.text().orElse("");
            Matcher m = ATTRIBUTE.matcher(html);
            while (m.find()) {
                String attribute = m.group(1).toLowerCase(java.util.Locale.ROOT);
                String url = m.group(3).trim();
                if (url.isEmpty() || HARMLESS.matcher(url).matches()) continue;
                int line = lineOf(html, m.start(3));
                if (Hrefs.isExternal(url)) {
                    if (attribute.equals("src")) {
                        findings.add(Rule.WEB_ABSOLUTE_URL, entry.path(), line, "src=\"%s\" loads a resource from the"
                                + " network: the package no longer works offline; put the file in the package", url);
                    }
                    continue;
                }
                if (url.startsWith("/")) {
                    findings.add(Rule.WEB_ABSOLUTE_URL, entry.path(), line, "%s=\"%s\" is an absolute path: it"
                            + " breaks when the package is opened from the disk or served from a sub-folder", attribute, url);
                    continue;
                }
                String target = Hrefs.resolve(url, entry.path());
                if (target != null && !target.isEmpty() && !files.contains(target)) {
                    findings.add(Rule.WEB_MISSING_FILE, entry.path(), line, "%s=\"%s\" names a file that is not in"
                            + " the package", attribute, url);
                }
            }
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}

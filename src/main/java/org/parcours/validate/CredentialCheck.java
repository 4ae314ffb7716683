package org.parcours.validate;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * No LRS credentials ship in an xAPI or cmi5 package: the LMS hands them over at launch (TinCan launch
 * parameters, cmi5's fetch URL). A package that carries a provider secret, an Authorization token or a fixed
 * LRS endpoint gives every learner write access to the LRS, or sends their data to the wrong one.
 */
final class CredentialCheck {
    private static final Map<String, Pattern> PATTERNS = Map.of(
            "an Authorization token", Pattern.compile("(?i)\\b(Basic|Bearer)\\s+[A-Za-z0-9+/=._-]{12,}"),
            "a provider secret", Pattern.compile("(?is)<provider\\b.*?<(secret|key)>\\s*\\S"),
            "a password or secret", Pattern.compile(
                    "(?i)[\"']?\\b(secret|password|passwd|api_?key|client_secret|lrs_?key)[\"']?\\s*[:=]\\s*[\"'][^\"'\\s]{4,}[\"']"),
            "a fixed LRS endpoint", Pattern.compile("(?i)[\"']?\\bendpoint[\"']?\\s*[:=]\\s*[\"']https?://"));
    private static final List<String> ORDER = List.of("a provider secret", "an Authorization token",
            "a password or secret", "a fixed LRS endpoint");

    private CredentialCheck() {}

    static void run(PackageFiles files, Findings findings) {
        for (PackageEntry entry : files.files().values()) {
            String text = entry.text().orElse(null);
            if (text == null) continue;
            for (String what : ORDER) {
                Matcher m = PATTERNS.get(what).matcher(text);
                if (m.find()) {
                    int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                    findings.add(Rule.CREDENTIALS, entry.path(), line, "the file holds %s: LRS credentials and"
                            + " endpoints come from the LMS at launch, never from the package", what);
                    break;
                }
            }
        }
    }
}

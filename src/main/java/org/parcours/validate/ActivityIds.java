package org.parcours.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;

/**
 * Activity, course, block, AU and objective ids: absolute IRIs (xAPI 1.0.3 2.4.4.1 and cmi5 3.0 require
 * RFC 3987 IRIs; LRSs reject statements about anything else) and unique, since an LRS merges whatever shares
 * an id.
 */
final class ActivityIds {
    private final Map<String, Integer> seen = new HashMap<>();
    private final String entry;
    private final Findings findings;

    ActivityIds(String entry, Findings findings) {
        this.entry = entry;
        this.findings = findings;
    }

    void check(String id, String what, int line) {
        if (id == null || id.isBlank()) {
            findings.add(Rule.ID_NOT_IRI, entry, line, "%s has no id: xAPI needs an absolute IRI", what);
            return;
        }
        if (!isAbsoluteIri(id)) {
            findings.add(Rule.ID_NOT_IRI, entry, line, "%s id \"%s\" is not an absolute IRI (such as"
                    + " https://example.org/courses/my-course/lesson-1)", what, id);
        }
        Integer first = seen.putIfAbsent(id, line);
        if (first != null) {
            findings.add(Rule.ID_DUPLICATE, entry, line, "%s id \"%s\" is already used on line %d: an LRS would merge"
                    + " the two", what, id, first);
        }
    }

    static boolean isAbsoluteIri(String id) {
        if (!id.equals(id.trim()) || id.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"'
                || c == '{' || c == '}' || c == '|' || c == '\\' || c == '^' || c == '`')) {
            return false;
        }
        try {
            URI uri = new URI(id);
            if (!uri.isAbsolute()) return false;
            // http(s) IRIs need a host; urn:, tag: and the like only a scheme-specific part
            return !uri.getScheme().toLowerCase(java.util.Locale.ROOT).startsWith("http")
                    || (uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty());
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

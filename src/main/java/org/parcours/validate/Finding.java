package org.parcours.validate;

import org.parcours.diag.Severity;

/**
 * One problem found in a package. {@code entry} is the path inside the package ("" for the package itself),
 * {@code line} the line in that entry (0 when not about a line), {@code code} a stable code such as V501.
 */
public record Finding(Severity severity, String code, String entry, int line, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** `package.zip!entry:line: severity CODE: message`, the validator's counterpart of a diagnostic line. */
    public String headline(String packageName) {
        String where = org.parcours.diag.Printable.name(packageName) + (entry.isEmpty() ? "" : "!" + entry) + (line > 0 ? ":" + line : "");
        return where + ": " + severity.label() + " " + code + ": " + message;
    }
}

package org.parcours.validate;

import org.parcours.diag.Severity;
import org.parcours.i18n.Lang;
import org.parcours.i18n.Text;

/**
 * One problem found in a package. {@code entry} is the path inside the package ("" for the package itself),
 * {@code line} the line in that entry (0 when not about a line), {@code code} a stable code such as V501;
 * {@code text} the message, rendered in the user's language when printed.
 */
public record Finding(Severity severity, String code, String entry, int line, Text text) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in English. */
    public String message() {
        return text.toString();
    }

    public String message(Lang lang) {
        return text.in(lang);
    }

    /** `package.zip!entry:line: severity CODE: message`, the validator's counterpart of a diagnostic line. */
    public String headline(String packageName) {
        return headline(packageName, Lang.EN);
    }

    public String headline(String packageName, Lang lang) {
        return where(packageName) + ": " + severity.label(lang) + " " + code + ": " + text.in(lang);
    }

    /** `package.zip!entry:line`. */
    public String where(String packageName) {
        return org.parcours.diag.Printable.name(packageName) + (entry.isEmpty() ? "" : "!" + entry) + (line > 0 ? ":" + line : "");
    }
}

package org.parcours.diag;

import org.parcours.i18n.Lang;
import org.parcours.i18n.Text;

/**
 * One problem found in the input, as a value. The message and hint are {@link Text}s, rendered in the user's
 * language when printed; {@code hintText} is empty when there is nothing useful to suggest.
 */
public record Diagnostic(Severity severity, Code code, SourcePos pos, Text text, Text hintText)
        implements Comparable<Diagnostic> {

    /** A diagnostic whose message and hint are not ours to translate (they come from a library or a package). */
    public Diagnostic(Severity severity, Code code, SourcePos pos, String message, String hint) {
        this(severity, code, pos, Text.verbatim(message), hint.isEmpty() ? Text.of("") : Text.verbatim(hint));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in English. */
    public String message() {
        return text.toString();
    }

    /** The hint in English, "" when there is none. */
    public String hint() {
        return hintText.toString();
    }

    public String message(Lang lang) {
        return text.in(lang);
    }

    public String hint(Lang lang) {
        return hintText.in(lang);
    }

    /** `path:line:col: severity CODE: message` — the one-line form printed by the CLI, in English. */
    public String headline() {
        return headline(Lang.EN);
    }

    /** The same line in a language: only the words change, never the position, the code or the punctuation. */
    public String headline(Lang lang) {
        return pos + ": " + severity.label(lang) + " " + code.id() + ": " + text.in(lang);
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = pos.compareTo(o.pos);
        return c != 0 ? c : code.id().compareTo(o.code.id());
    }
}

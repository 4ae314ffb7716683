package org.parcours.diag;

import org.parcours.i18n.Lang;
import org.parcours.i18n.Text;

public enum Severity {
    ERROR(Text.of("error")), WARNING(Text.of("warning"));

    private final Text word;

    Severity(Text word) {
        this.word = word;
    }

    /** The English word, as JSON reports and other machine-read outputs keep it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The word printed in a diagnostic line for a reader of that language ("error", "erreur"). */
    public String label(Lang lang) {
        return word.in(lang);
    }

    public Text word() {
        return word;
    }
}

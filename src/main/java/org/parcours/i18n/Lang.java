package org.parcours.i18n;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The languages the tool speaks. English is the language of the code; French comes from the catalog. */
public enum Lang {
    EN(Locale.ROOT), FR(Locale.FRANCE);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    /** The locale used to format numbers inside messages (French writes 4,50 and groups digits with a space). */
    public Locale locale() {
        return locale;
    }

    /** Whether a count takes the singular: English says "0 errors", French « 0 erreur ». */
    public boolean singular(long n) {
        return this == FR ? Math.abs(n) < 2 : n == 1;
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As the user types it: {@code fr}, {@code en}. */
    @Override
    public String toString() {
        return tag();
    }

    /** {@code fr} or {@code en} as given to {@code --lang}, in any case; empty for anything else. */
    public static Optional<Lang> of(String tag) {
        if (tag == null) return Optional.empty();
        return switch (tag.strip().toLowerCase(Locale.ROOT)) {
            case "fr" -> Optional.of(FR);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /**
     * The language of a run: {@code --lang} when given, else the first set one of LC_ALL, LC_MESSAGES, LANG
     * (POSIX gives them this precedence; an empty value counts as unset), else English. A locale such as
     * {@code fr_FR.UTF-8} or {@code fr_CA} means French; C, POSIX and every language we do not speak mean English.
     */
    public static Lang resolve(Optional<String> option, Function<String, String> env) {
        if (option.isPresent()) return of(option.get()).orElse(EN);
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.apply(name);
            if (v != null && !v.isBlank()) return fromLocale(v);
        }
        return EN;
    }

    static Lang fromLocale(String posix) {
        String language = posix.strip().split("[_.@-]", 2)[0];
        return of(language).orElse(EN);
    }
}

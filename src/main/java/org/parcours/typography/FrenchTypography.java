package org.parcours.typography;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French typography on a piece of prose: the no-break spaces that keep punctuation, units and numbers on the
 * line of the word they belong to. The conventions are those of the Imprimerie nationale's « Lexique des règles
 * typographiques », as French publishing tools apply them: a narrow no-break space (U+202F) before ; ! ? and
 * between groups of digits, a no-break space (U+00A0) before : and inside « », between a number and its unit
 * (%, €, km…) and after « n° ». Only ordinary spaces are replaced; a missing space before ; : ! ? is left as it
 * is (« 10:30 », « ?! » or an URL would suffer). Callers give prose only: never code, URLs or attribute values.
 * {@link #fix} is idempotent: what it writes, it never matches again.
 */
public final class FrenchTypography {
    public static final char NBSP = '\u00A0';
    public static final char NNBSP = '\u202F';

    // "!" before "[" is Markdown's image syntax, not an exclamation
    private static final Pattern BEFORE_TALL = Pattern.compile("(?<=\\S)[ \\t]+(?=[;?]|!(?!\\[))");
    private static final Pattern BEFORE_COLON = Pattern.compile("(?<=\\S)[ \\t]+(?=:(?!//))");
    private static final Pattern AFTER_OPENING = Pattern.compile("«(?![\u00A0\u202F])[ \\t]*");
    private static final Pattern BEFORE_CLOSING = Pattern.compile("(?<=[^\\s\u00A0\u202F])[ \\t]*»");
    private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?: \\d{3})+(?![\\d])");
    private static final Pattern UNIT = Pattern.compile("(?<=\\d)[ \\t]+(?=(?:%|‰|€|\\$|£|°C|°|km²|km|m²|m³|cm|mm|m|"
            + "ha|kg|mg|g|t|L|l|ms|min|h|s|ko|Ko|Mo|Go|To|kB|MB|GB|kWh|kW|W|V|an|ans|mois|jours?|heures?|minutes?"
            + "|secondes?|semaines?)(?![\\p{L}\\d]))");
    private static final Pattern NUMERO = Pattern.compile("(?<![\\p{L}])([nN]°|§)[ \\t]+(?=\\d)");
    private static final char SENTINEL = '\u0001';

    private FrenchTypography() {}

    /** Whether a course language (BCP 47) follows French typography: fr, fr-FR, fr-CA… */
    public static boolean appliesTo(String language) {
        String l = language.toLowerCase(Locale.ROOT);
        return l.equals("fr") || l.startsWith("fr-");
    }

    /** The text with French no-break spaces. */
    public static String fix(String text) {
        if (text.isEmpty()) return text;
        String s = BEFORE_TALL.matcher(text).replaceAll(String.valueOf(NNBSP));
        s = BEFORE_COLON.matcher(s).replaceAll(String.valueOf(NBSP));
        s = AFTER_OPENING.matcher(s).replaceAll("«" + NBSP);
        s = BEFORE_CLOSING.matcher(s).replaceAll(NBSP + "»");
        s = groups(s);
        s = UNIT.matcher(s).replaceAll(String.valueOf(NBSP));
        s = NUMERO.matcher(s).replaceAll("$1" + NBSP);
        return s;
    }

    /**
     * As {@link #fix}, for a piece that follows other text on the same line (after emphasis, a link or a code
     * span): a space at its very start sits between two words, not at the start of a line.
     */
    public static String fixContinuing(String text) {
        return fix(SENTINEL + text).substring(1);
    }

    private static String groups(String s) {
        Matcher m = DIGIT_GROUPS.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, m.group().replace(' ', NNBSP));
        m.appendTail(out);
        return out.toString();
    }
}

package org.parcours.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * A message as a value: its English template (a {@link String#format} pattern, which is also its key in the
 * catalog) and its arguments, rendered in a language only when printed. An argument that is itself a Text is
 * rendered in the same language, so that fragments such as "question 3" are translated too.
 */
public record Text(String template, List<Object> args) {

    public Text {
        args = List.copyOf(args);
    }

    /** A translatable message: write the template in English, add its French to the catalog. */
    public static Text of(String template, Object... args) {
        return new Text(template, Arrays.asList(args.clone()));
    }

    /**
     * Text that is not ours to translate (a message from a library, a file name): printed as it is in every
     * language.
     */
    public static Text verbatim(String text) {
        return new Text("%s", List.of(text));
    }

    /**
     * Whether a template is words to translate: not empty, not a bare placeholder such as "%s", and not an
     * indented example line of a help footer ("  parcours check course/"), which reads the same in every language.
     */
    public static boolean needsTranslation(String template) {
        return template.matches("(?s).*[A-Za-z]{2}.*") && !template.startsWith("  ")
                && !template.replaceAll("%[-#+ 0,(]*\\d*(?:\\.\\d+)?[a-zA-Z]", "").isBlank();
    }

    public boolean isEmpty() {
        return template.isEmpty() && args.isEmpty();
    }

    public String in(Lang lang) {
        String pattern = lang == Lang.EN ? template : Catalog.french(template).orElse(template);
        if (args.isEmpty()) return pattern;
        Object[] rendered = args.stream().map(a -> a instanceof Text t ? t.in(lang) : a).toArray();
        return String.format(lang.locale(), pattern, rendered);
    }

    /** English, the language of logs and of code that does not know the user's language. */
    @Override
    public String toString() {
        return in(Lang.EN);
    }
}

package org.parcours.render;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The player's UI strings, read from runtime/i18n.js: that file holds them once for both sides, so the labels
 * written into the HTML here and those the runtime writes in the browser cannot drift apart.
 */
final class UiStrings {
    private static final Pattern BLOCK = Pattern.compile("/\\* strings:begin \\*/(.*)/\\* strings:end \\*/", Pattern.DOTALL);
    private static final Map<String, Map<String, String>> ALL = load();

    private UiStrings() {}

    /** The strings of the UI language for a course language: French for fr, fr-CA…; English for every other. */
    static Map<String, String> forLanguage(String language) {
        return ALL.get(uiLanguage(language));
    }

    static String uiLanguage(String language) {
        String l = language.toLowerCase(Locale.ROOT);
        return l.equals("fr") || l.startsWith("fr-") ? "fr" : "en";
    }

    /** Fills {name} placeholders, as i18n.js's t() does. */
    static String format(String template, Map<String, ?> vars) {
        String out = template;
        for (Map.Entry<String, ?> e : vars.entrySet()) out = out.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        return out;
    }

    private static Map<String, Map<String, String>> load() {
        String js = RuntimeFiles.text("i18n.js");
        Matcher m = BLOCK.matcher(js);
        if (!m.find()) throw new IllegalStateException("runtime/i18n.js lost its strings:begin/strings:end markers");
        try {
            return Map.copyOf(new ObjectMapper().readValue(m.group(1), new TypeReference<Map<String, Map<String, String>>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException("runtime/i18n.js: the strings block is not strict JSON", e);
        }
    }
}

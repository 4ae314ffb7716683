package org.parcours.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The French catalog is complete, consistent with the code, and keeps every placeholder of the English. */
class CatalogTest {

    @Test
    void catalogFileIsWellFormed() {
        assertThat(Catalog.problems()).isEmpty();
    }

    @Test
    void everyMessageOfTheCodeHasAFrenchVersion() {
        Map<String, String> missing = new TreeMap<>();
        MessageSources.templates().forEach((en, where) -> {
            if (MessageSources.translatable(en) && Catalog.entries().get(en) == null) missing.put(en, where);
        });
        assertThat(missing)
                .as("messages without French: add to src/main/resources/org/parcours/i18n/fr.txt%n%s",
                        missing.entrySet().stream().map(e -> "# " + e.getValue() + "\nen: " + e.getKey() + "\nfr: ")
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void everyFrenchVersionKeepsThePlaceholdersOfItsEnglish() {
        List<String> wrong = new ArrayList<>();
        Catalog.entries().forEach((en, fr) -> {
            if (!placeholders(en).equals(placeholders(fr))) wrong.add("en: " + en + "\nfr: " + fr);
        });
        assertThat(wrong).as("French with other placeholders than its English").isEmpty();
    }

    @Test
    void catalogHoldsNoMessageThatTheCodeNoLongerHas() {
        Map<String, String> inCode = MessageSources.templates();
        List<String> stale = Catalog.entries().keySet().stream().filter(en -> !inCode.containsKey(en)).toList();
        assertThat(stale).as("catalog entries whose English is no longer in the code (changed or removed?)").isEmpty();
    }

    @Test
    void detectsAFrenchVersionThatLosesAPlaceholder() {
        assertThat(placeholders("question '%s' has %d %s")).isNotEqualTo(placeholders("la question « %s » a %d éléments"));
        assertThat(placeholders("'%s' in %s is empty")).isEqualTo(placeholders("%2$s : « %1$s » est vide"));
    }

    @Test
    void readsMessagesAsWrittenInTheCode() {
        String src = """
                diags.error(Code.X, pos, "a %s " + "b", x).hint("c");
                err.println(say(spec, ok ? "one" : "two"));
                @Option(names = "--x", description = {"first", "second"})
                """;
        assertThat(MessageSources.scan(src, false)).extracting(MessageSources.Located::text)
                .contains("a %s b", "c", "one", "two", "first", "second");
    }

    @Test
    void appliesFrenchTypographyToTheCatalog() {
        Catalog c = Catalog.parse("en: unknown key '%s': did you mean « x » ?\nfr: clé inconnue « %s » : vouliez-vous dire « x » ?\n");
        assertThat(c.lineProblems()).isEmpty();
        assertThat(Catalog.frenchTypography("clé « %s » : oui ?")).isEqualTo("clé «\u202F%s\u202F» \u00A0: oui\u202F?".replace(" \u00A0", "\u00A0"));
    }

    @Test
    void reportsAnEnglishLineWithoutItsFrench() {
        assertThat(Catalog.parse("en: a\nen: b\nfr: B\n").lineProblems()).hasSize(1);
        assertThat(Catalog.parse("en: a\nfr: A\nen: a\nfr: A2\n").lineProblems()).hasSize(1);
        assertThat(Catalog.parse("hello\n").lineProblems()).hasSize(1);
    }

    private static final Pattern SPEC = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(?:\\.\\d+)?([a-zA-Z%])");

    /** Argument index → conversion (s, d, .2f…); %n and %% are not arguments. */
    static Map<Integer, String> placeholders(String template) {
        Map<Integer, String> map = new TreeMap<>();
        Matcher m = SPEC.matcher(template);
        int next = 1;
        while (m.find()) {
            String conversion = m.group(2);
            if (conversion.equals("n") || conversion.equals("%")) continue;
            int index = m.group(1) != null ? Integer.parseInt(m.group(1).replace("$", "")) : next++;
            map.put(index, m.group().replaceFirst("^%(\\d+\\$)?", "%"));
        }
        return map;
    }
}

package org.parcours.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The French of every message, keyed by its English template, read once from {@code fr.txt} beside this class.
 * The file is a list of pairs of lines, {@code en: …} then {@code fr: …}, grouped by area; {@code #} starts a
 * comment. Authors type ordinary spaces: French typography (no-break spaces before {@code : ; ! ?} and inside
 * « ») is applied here, in one place, so that no catalog line depends on an invisible character.
 */
public final class Catalog {
    static final String RESOURCE = "fr.txt";

    /** Before « : » a no-break space; before « ; ! ? » and inside « » the narrow one (Imprimerie nationale). */
    private static final Pattern SPACE_BEFORE_COLON = Pattern.compile(" :(?=\\s|$|%)");
    private static final Pattern SPACE_BEFORE_OTHER = Pattern.compile(" ([;!?»])");
    private static final Pattern SPACE_AFTER_OPENING = Pattern.compile("« ");

    private static final Catalog FRENCH = load();

    private final Map<String, String> french;
    private final List<String> problems;

    private Catalog(Map<String, String> french, List<String> problems) {
        this.french = Collections.unmodifiableMap(french);
        this.problems = List.copyOf(problems);
    }

    /** Templates asked for in French that the catalog lacks, so that tests running in French can name them. */
    private static final Set<String> MISSED = ConcurrentHashMap.newKeySet();

    /** The French of an English template, if the catalog has it. */
    public static Optional<String> french(String english) {
        String fr = FRENCH.french.get(english);
        if (fr == null && Text.needsTranslation(english)) MISSED.add(english);
        return Optional.ofNullable(fr);
    }

    /** Every template printed in French so far without a French version (English was printed instead). */
    public static Set<String> missed() {
        return Set.copyOf(MISSED);
    }

    /** Every English template of the catalog, in file order (for the test that keeps it complete). */
    public static Map<String, String> entries() {
        return FRENCH.french;
    }

    /** Lines of the catalog that could not be read (an `en:` without its `fr:`, a template given twice…). */
    public static List<String> problems() {
        return FRENCH.lineProblems();
    }

    List<String> lineProblems() {
        return problems;
    }

    static String frenchTypography(String s) {
        s = SPACE_BEFORE_COLON.matcher(s).replaceAll("\u00A0:");
        s = SPACE_BEFORE_OTHER.matcher(s).replaceAll("\u202F$1");
        return SPACE_AFTER_OPENING.matcher(s).replaceAll("«\u202F");
    }

    private static Catalog load() {
        try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the French catalog " + RESOURCE + " is missing from the jar");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Catalog parse(String text) {
        Map<String, String> french = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String english = null;
        int englishLine = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            int n = i + 1;
            if (line.isBlank() || line.startsWith("#")) continue;
            if (line.startsWith("en: ")) {
                if (english != null) problems.add(RESOURCE + ":" + englishLine + ": 'en:' without its 'fr:' line");
                english = line.substring(4);
                englishLine = n;
            } else if (line.startsWith("fr: ")) {
                if (english == null) {
                    problems.add(RESOURCE + ":" + n + ": 'fr:' without an 'en:' line before it");
                } else if (french.putIfAbsent(english, frenchTypography(line.substring(4))) != null) {
                    problems.add(RESOURCE + ":" + englishLine + ": the template '" + english + "' is given twice");
                }
                english = null;
            } else {
                problems.add(RESOURCE + ":" + n + ": a line must start with 'en: ', 'fr: ' or '#'");
            }
        }
        if (english != null) problems.add(RESOURCE + ":" + englishLine + ": 'en:' without its 'fr:' line");
        return new Catalog(french, problems);
    }
}

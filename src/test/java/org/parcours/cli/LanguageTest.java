package org.parcours.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.Fixtures;
import org.parcours.i18n.Lang;

/** The tool speaks French or English: --lang, else LC_ALL / LC_MESSAGES / LANG, else English; codes never change. */
class LanguageTest {
    private static final Map<String, String> FRENCH_LOCALE = Map.of("LANG", "fr_FR.UTF-8");

    @Test
    void checkPrintsFrenchUnderAFrenchLocale(@TempDir Path tmp) {
        Path course = Fixtures.minimalWith(Fixtures.INVALID.resolve("P003"), tmp);
        Cli run = Cli.runIn(FRENCH_LOCALE, "check", "--color", "never", course.toString());
        String shown = run.out().replace(course.toString(), "course");
        assertThat(shown.lines()).containsSubsequence(
                "course/course.yaml:2:1: erreur P003: clé inconnue «\u202Ftitel\u202F» dans course.yaml",
                "    conseil\u00A0: vouliez-vous dire «\u202Ftitle\u202F»\u202F?",
                "course\u00A0: 2 erreurs, 0 avertissement");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void langOptionOverridesTheLocale(@TempDir Path tmp) {
        Path course = Fixtures.minimalWith(Fixtures.INVALID.resolve("P003"), tmp);
        Cli run = Cli.runIn(FRENCH_LOCALE, "check", "--lang", "en", "--color", "never", course.toString());
        String shown = run.out().replace(course.toString(), "course");
        assertThat(shown.lines()).containsSubsequence(
                "course/course.yaml:2:1: error P003: unknown key 'titel' in course.yaml",
                "    hint: did you mean 'title'?",
                "course: 2 errors, 0 warnings");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void langOptionAsksForFrenchWhateverTheLocale(@TempDir Path tmp) {
        Path course = Fixtures.minimalWith(Fixtures.INVALID.resolve("L101"), tmp);
        Cli run = Cli.runIn(Map.of("LANG", "en_US.UTF-8"), "--lang=fr", "check", "--color", "never", course.toString());
        assertThat(run.out()).contains(": erreur L101: lien «\u202F03-missing.md\u202F»\u00A0: aucune leçon ni page");
    }

    @Test
    void jsonKeepsItsKeysAndSeverityWordsButCarriesTheMessageInTheLanguage(@TempDir Path tmp) {
        Path course = Fixtures.minimalWith(Fixtures.INVALID.resolve("P003"), tmp);
        Cli run = Cli.runIn(FRENCH_LOCALE, "check", "--json", course.toString());
        assertThat(run.out()).contains("\"severity\" : \"error\"", "\"code\" : \"P003\"", "clé inconnue");
    }

    @Test
    void helpIsInFrench() {
        Cli run = Cli.runIn(FRENCH_LOCALE, "check", "--help");
        assertThat(run.out()).contains("Utilisation\u00A0: parcours check",
                "Lit le dossier d'un cours et signale tous ses problèmes",
                "Affiche cette aide et s'arrête.", "Exemples\u00A0:", "--lang=fr|en");
        assertThat(Cli.runIn(FRENCH_LOCALE, "--help").out()).contains("Commandes\u00A0:", "Codes de sortie\u00A0:");
    }

    @Test
    void usageErrorsAreInFrench() {
        Cli run = Cli.runIn(FRENCH_LOCALE, "check", "--bogus");
        assertThat(run.err()).contains("parcours: option inconnue\u00A0: '--bogus'",
                "Essayez «\u202Fparcours check --help\u202F» pour savoir comment l'utiliser.");
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void localeVariablesFollowPosixPrecedence() {
        assertThat(Lang.resolve(java.util.Optional.empty(), Map.of("LC_ALL", "fr_CA.UTF-8", "LANG", "en_US")::get)).isEqualTo(Lang.FR);
        assertThat(Lang.resolve(java.util.Optional.empty(), Map.of("LC_MESSAGES", "en_GB", "LANG", "fr_FR")::get)).isEqualTo(Lang.EN);
        assertThat(Lang.resolve(java.util.Optional.empty(), Map.of("LC_ALL", "", "LANG", "fr_BE@euro")::get)).isEqualTo(Lang.FR);
        assertThat(Lang.resolve(java.util.Optional.empty(), Map.of("LANG", "C.UTF-8")::get)).isEqualTo(Lang.EN);
        assertThat(Lang.resolve(java.util.Optional.empty(), Map.of("LANG", "de_DE.UTF-8")::get)).isEqualTo(Lang.EN);
        assertThat(Lang.resolve(java.util.Optional.empty(), Map.<String, String>of()::get)).isEqualTo(Lang.EN);
    }
}

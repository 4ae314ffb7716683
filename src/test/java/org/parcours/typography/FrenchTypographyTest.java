package org.parcours.typography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchTypographyTest {
    private static final String N = "\u00A0";
    private static final String NN = "\u202F";

    @Test
    void putsANarrowNoBreakSpaceBeforeSemicolonExclamationAndQuestionMarks() {
        assertThat(FrenchTypography.fix("Pourquoi ? Parce que ; enfin !")).isEqualTo("Pourquoi" + NN + "? Parce que" + NN + "; enfin" + NN + "!");
    }

    @Test
    void putsANoBreakSpaceBeforeAColonAndInsideGuillemets() {
        assertThat(FrenchTypography.fix("Note : « bonjour »")).isEqualTo("Note" + N + ": «" + N + "bonjour" + N + "»");
        assertThat(FrenchTypography.fix("«bonjour»")).isEqualTo("«" + N + "bonjour" + N + "»");
    }

    @Test
    void keepsNumbersWithTheirUnitsAndGroupsOfDigitsTogether() {
        assertThat(FrenchTypography.fix("entre 20 000 et 79 999 habitants, 50 %, 12 € et 15 min"))
                .isEqualTo("entre 20" + NN + "000 et 79" + NN + "999 habitants, 50" + N + "%, 12" + N + "€ et 15" + N + "min");
        assertThat(FrenchTypography.fix("loi n° 2002-276")).isEqualTo("loi n°" + N + "2002-276");
        assertThat(FrenchTypography.fix("en 2019 100 personnes; 3 mètres")).isEqualTo("en 2019 100 personnes; 3 mètres");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"10:30", "https://example.org/a?b=1", "Quoi?!", "voir ![image](a.svg)", "2 mètres"})
    void leavesAloneWhatIsNotAnOrdinarySpaceBeforePunctuation(String text) {
        assertThat(FrenchTypography.fix(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Pourquoi ? Note : « a » 20 000 €", "«b»", "n° 12 § 3", " ? début", "a : b"})
    void isIdempotent(String text) {
        String once = FrenchTypography.fix(text);
        assertThat(FrenchTypography.fix(once)).isEqualTo(once);
        assertThat(FrenchTypography.fixContinuing(once)).isEqualTo(FrenchTypography.fixContinuing(text));
    }

    @Test
    void treatsASpaceAtTheStartOfAContinuingPieceAsBetweenWords() {
        assertThat(FrenchTypography.fixContinuing(" : la suite")).isEqualTo(N + ": la suite");
        assertThat(FrenchTypography.fix(" : la suite")).isEqualTo(" : la suite");
    }

    @Test
    void appliesToEveryFrenchLanguageTagOnly() {
        assertThat(FrenchTypography.appliesTo("fr")).isTrue();
        assertThat(FrenchTypography.appliesTo("fr-CA")).isTrue();
        assertThat(FrenchTypography.appliesTo("en")).isFalse();
        assertThat(FrenchTypography.appliesTo("fro")).isFalse();
    }
}

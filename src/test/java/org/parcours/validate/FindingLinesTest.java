package org.parcours.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Findings print as whole lines with entry and line: the form CI logs and editors read. */
class FindingLinesTest {
    private static String lines(String fixture, String code) {
        ValidationReport r = PackageValidator.validate(Fixtures.folder(fixture));
        return String.join("\n", r.findings().stream().filter(f -> f.code().equals(code))
                .map(f -> f.headline(r.packageName())).toList());
    }

    @Test
    void pointsAtTheSchemaversionLine() {
        assertThat(lines("V502", "V502")).isEqualTo("V502!imsmanifest.xml:12: error V502: schemaversion is \" 1.2 \","
                + " not exactly \"1.2\" (Moodle compares the text as it is, whitespace included)");
    }

    @Test
    void namesTheCaseTwinOfAMissingFile() {
        assertThat(lines("V506", "V506")).isEqualTo("V506!imsmanifest.xml:63: error V506: href \"Style.css\" names"
                + " shared/Style.css, which is not in the package (there is 'shared/style.css': paths are"
                + " case-sensitive on LMS servers)");
    }

    @Test
    void tellsWhereTheManifestShouldBe() {
        assertThat(lines("V411", "V411")).isEqualTo("V411!fire-safety/imsmanifest.xml: error V411: the manifest is in"
                + " the sub-folder 'fire-safety/', not at the root: LMSs (Moodle among them) refuse such a package;"
                + " zip the contents of that folder, not the folder itself");
    }

    @Test
    void pointsAtTheCharacterReference() {
        assertThat(lines("V514", "V514")).isEqualTo("V514!imsmanifest.xml:41: error V514: numeric character reference"
                + " &#8212;: Moodle shows it as typed; write the character itself (the manifest is UTF-8)");
    }

    @Test
    void warnsAboutSeveralTopLevelScos() {
        assertThat(lines("V515", "V515")).isEqualTo("V515!imsmanifest.xml:36: warning V515: organization \"ORG-1\" has"
                + " 2 SCOs but 2 top-level items: Moodle's navigation wants every SCO under one root item that"
                + " launches nothing");
    }

    @Test
    void namesTheReservedLaunchParameter() {
        assertThat(lines("V609", "V609")).isEqualTo("V609!cmi5.xml:14: error V609: url"
                + " \"alarm/index.html?endpoint=https%3A%2F%2Flrs.example.com%2F\" carries the launch parameter"
                + " \"endpoint\", which the LMS adds at launch: the content could read the package's value instead");
    }

    @Test
    void warnsAboutAMasteryScoreThatDecidesNothing() {
        assertThat(lines("V607", "V607")).isEqualTo("V607!cmi5.xml:11: warning V607: AU"
                + " \"https://example.com/courses/fire-safety/alarm\" has masteryScore 0.5 but moveOn Completed: the"
                + " LMS never looks at a pass, so the score decides nothing (use moveOn Passed, CompletedAndPassed or"
                + " CompletedOrPassed, or drop masteryScore)");
    }

    @Test
    void findsTheCredentialLine() {
        assertThat(lines("V610", "V610")).isEqualTo("V610!js/config.js:4: error V610: the file holds an Authorization"
                + " token: LRS credentials and endpoints come from the LMS at launch, never from the package");
    }

    @Test
    void namesTheObjectiveARuleConditionMisses() {
        assertThat(lines("V518", "V518")).isEqualTo("V518!imsmanifest.xml:41: error V518: rule condition \"satisfied\""
                + " of activity \"ITEM-QUIZ\" refers to objective \"alarm-lesson\", which the activity does not declare"
                + " (it has quiz-passed, alarm)");
    }

    @Test
    void pointsAtTheClusterThatAlsoLaunches() {
        assertThat(lines("V520", "V520")).isEqualTo("V520!imsmanifest.xml:21: error V520: item \"ROOT\" holds child"
                + " items and references resource \"RES-ALARM\": in SCORM 2004 only leaf items launch (CAM 3.4.1.9)");
    }

    @Test
    void judgesAThirdParty2004PackageFully() {
        ValidationReport r = PackageValidator.validate(Fixtures.folder("V522"));
        assertThat(r.standard()).isEqualTo(Standard.SCORM2004);
        assertThat(r.findings()).extracting(f -> f.headline(r.packageName())).containsExactly(
                "V522!imsmanifest.xml:67: error V522: resource \"RES-QUIZ\" has no adlcp:scormType: the LMS cannot"
                        + " tell a SCO (\"sco\") from an asset (\"asset\")");
    }
}

package org.parcours.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which runtime files a player ships and loads, for each adapter. */
class RuntimeFilesTest {

    @Test
    void theStandalonePlayerLoadsStringsGradingTrackerAdapterQuizThenPlayer() {
        assertThat(RuntimeFiles.scripts("standalone")).containsExactly(
                "i18n.js", "grading.js", "tracker.js", "adapters/standalone.js", "quiz.js", "player.js");
        assertThat(RuntimeFiles.files("standalone")).endsWith("player.css");
    }

    @Test
    void anAdapterNamesTheExtraFilesItNeedsInItsFirstComment() {
        // src/test/resources/org/parcours/runtime/adapters/needsmore.js: /* parcours:requires helpers/extra.js */
        assertThat(RuntimeFiles.scripts("needsmore")).containsExactly(
                "i18n.js", "grading.js", "tracker.js", "helpers/extra.js", "adapters/needsmore.js", "quiz.js", "player.js");
    }

    @Test
    void theScormAndXapiAdaptersLoadTheirConcernsFromTheirFolders() {
        assertThat(RuntimeFiles.scripts("scorm12")).containsSubsequence(
                "tracker.js", "scorm/api.js", "scorm/suspend-data.js", "scorm/standalone.js", "adapters/scorm12.js");
        for (String adapter : new String[] {"xapi", "cmi5"}) {
            assertThat(RuntimeFiles.scripts(adapter)).containsSubsequence("tracker.js", "xapi/statements.js",
                    "xapi/outbox.js", "xapi/client.js", "xapi/bookmark.js", "xapi/launch.js", "adapters/" + adapter + ".js");
        }
    }

    @Test
    void anAdapterMissingFromTheBuildIsABug() {
        assertThatThrownBy(() -> RuntimeFiles.scripts("absent")).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.parcours.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README section documents every finding code with its severity and meaning. */
class ValidatorDocsTest {
    @Test
    void documentsEveryCodeWithItsSeverity() throws Exception {
        String docs = Files.readString(Path.of("docs/validator.md"));
        for (Rule rule : Rule.values()) {
            assertThat(docs).contains("| " + rule.code() + " | " + rule.severity().label() + " | " + rule.title() + " |");
        }
    }
}

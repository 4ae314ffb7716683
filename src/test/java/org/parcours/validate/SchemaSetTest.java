package org.parcours.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The bundled schemas load from the classpath and never reach for the network. */
class SchemaSetTest {
    @Test
    void ignoresSchemaLocationHintsAndFetchesNothing() throws Exception {
        String manifest = Files.readString(Fixtures.folder("valid-scorm12").resolve("imsmanifest.xml"))
                .replace("<title>The alarm</title>", "<title>The alarm</title><ext:data xmlns:ext=\"https://schemas.example.com/ext\""
                        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                        + " xsi:schemaLocation=\"https://schemas.example.com/ext https://schemas.example.com/ext.xsd\"/>");
        long start = System.nanoTime();
        var problems = SchemaSet.scorm12().check(Fixtures.utf8(manifest));
        // an unknown extension fails the strict wildcard at once, instead of being looked up on the web
        assertThat(problems).extracting(SchemaSet.Problem::message)
                .anyMatch(m -> m.contains("no declaration can be found for element 'ext:data'"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void refusesADoctypeEvenWhenValidating() {
        String xml = "<!DOCTYPE tincan [<!ENTITY a \"aaaaaaaa\">]><tincan xmlns=\"http://projecttincan.com/tincan.xsd\"/>";
        assertThat(SchemaSet.tincan().check(Fixtures.utf8(xml))).extracting(SchemaSet.Problem::message)
                .anyMatch(m -> m.contains("DOCTYPE"));
    }

    @Test
    void compilesEachBundledSetOnce() {
        assertThat(SchemaSet.cmi5()).isSameAs(SchemaSet.cmi5());
        assertThat(SchemaSet.scorm12()).isSameAs(SchemaSet.scorm12());
    }
}

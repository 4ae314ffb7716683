package org.parcours.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.Fixtures;
import org.parcours.browser.Project;
import org.parcours.testing.Needs;

/**
 * `check --report sarif` and `validate --report sarif` against the official OASIS SARIF 2.1.0 JSON schema
 * (sarif-2.1.0-rtm.5.json, as shipped by the npm package @microsoft/jest-sarif that `npm ci` installs; never
 * copied into the repository).
 */
class SarifSchemaIT {
    private static final Path SCHEMA = Project.nodeModule("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadTheOfficialSchema() throws Exception {
        Needs.file(SCHEMA, "the official SARIF 2.1.0 schema", "run `npm ci --ignore-scripts`");
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static List<String> errors(String sarif) throws Exception {
        return schema.validate(JSON.readTree(sarif)).stream().map(Object::toString).toList();
    }

    @Test
    void checkReportsAreValidSarif(@TempDir Path tmp) throws Exception {
        for (String code : List.of("P002", "P003", "L102", "Q204", "T302", "P009")) {
            Path course = Fixtures.minimalWith(Fixtures.INVALID.resolve(code), tmp.resolve(code));
            Cli run = Cli.run("check", "--report", "sarif", course.toString());
            assertThat(JSON.readTree(run.out()).get("runs").get(0).get("results")).as(code).isNotEmpty();
            assertThat(errors(run.out())).as(code).isEmpty();
        }
        assertThat(errors(Cli.run("check", "--report", "sarif", Fixtures.MINIMAL.toString()).out())).isEmpty();
    }

    @Test
    void validateReportsAreValidSarif() throws Exception {
        for (String name : List.of("valid-tincan", "V402", "V502", "V515", "V610", "V410")) {
            Path pkg = Fixtures.RESOURCES.resolve("packages").resolve(name);
            if (!Files.exists(pkg)) continue;
            Cli run = Cli.run("validate", "--report", "sarif", pkg.toString());
            assertThat(errors(run.out())).as(name).isEmpty();
        }
    }

    @Test
    void theOfficialSchemaRejectsABrokenLog() throws Exception {
        // proof that the check can fail: a result's level outside SARIF's vocabulary, a region starting at line 0
        String good = Cli.run("check", "--report", "sarif",
                Fixtures.minimalWith(Fixtures.INVALID.resolve("T302"), Files.createTempDirectory("sarif")).toString()).out();
        assertThat(errors(good.replace("\"level\" : \"warning\"", "\"level\" : \"severe\""))).isNotEmpty();
        assertThat(errors(good.replace("\"startLine\" : 7", "\"startLine\" : 0"))).isNotEmpty();
        assertThat(errors(good.replace("\"version\" : \"2.1.0\"", "\"version\" : \"2.0.0\""))).isNotEmpty();
    }
}

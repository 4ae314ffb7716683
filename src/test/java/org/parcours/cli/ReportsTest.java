package org.parcours.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.Fixtures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The reports for CI servers: JSON (against schemas/), JUnit XML and SARIF from check and validate, and --strict. */
class ReportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path invalid(String code, Path tmp) {
        return Fixtures.minimalWith(Fixtures.INVALID.resolve(code), tmp);
    }

    static Path pkg(String name) throws Exception {
        return Path.of(ReportsTest.class.getResource("/packages/" + name).toURI());
    }

    static List<String> schemaErrors(String schema, String json) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("schemas", schema))) {
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            return s.validate(JSON.readTree(json)).stream().map(Object::toString).toList();
        }
    }

    @Test
    void checkJsonReportsAreValidAgainstTheirSchema(@TempDir Path tmp) throws Exception {
        for (String code : List.of("P003", "Q202", "T302", "L101")) {
            Cli run = Cli.run("check", "--report", "json", invalid(code, tmp.resolve(code)).toString());
            assertThat(schemaErrors("check-report.schema.json", run.out())).as(code).isEmpty();
            assertThat(JSON.readTree(run.out()).get("diagnostics")).extracting(d -> d.get("code").asText()).contains(code);
        }
        Cli clean = Cli.run("check", "--json", Fixtures.MINIMAL.toString());
        assertThat(schemaErrors("check-report.schema.json", clean.out())).isEmpty();
    }

    @Test
    void aSchemaRejectsAReportMissingItsCounts() throws Exception {
        // the schema can fail: a report without "errors" is refused
        assertThat(schemaErrors("check-report.schema.json", "{\"diagnostics\": [], \"warnings\": 0}")).isNotEmpty();
        assertThat(schemaErrors("validate-report.schema.json", "{\"package\": \"p\"}")).isNotEmpty();
    }

    @Test
    void validateJsonReportsAreValidAgainstTheirSchema() throws Exception {
        for (String name : List.of("valid-scorm12", "V502", "V515", "V610", "V410")) {
            Cli run = Cli.run("validate", "--report", "json", pkg(name).toString());
            assertThat(schemaErrors("validate-report.schema.json", run.out())).as(name).isEmpty();
        }
    }

    @Test
    void checkJunitReportHasOneFailurePerErrorWithFileAndLine(@TempDir Path tmp) throws Exception {
        Path course = invalid("Q202", tmp);
        Cli run = Cli.run("check", "--report", "junit", course.toString());
        assertThat(run.exit()).isEqualTo(1);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        Element suite = doc.getDocumentElement();
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        Element testcase = (Element) doc.getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("classname")).isEqualTo("Q202");
        assertThat(testcase.getAttribute("file")).endsWith("quiz.yaml");
        assertThat(Integer.parseInt(testcase.getAttribute("line"))).isPositive();
    }

    @Test
    void checkSarifPointsEachResultAtItsRuleFileLineAndColumn(@TempDir Path tmp) throws Exception {
        Path course = invalid("T302", tmp);
        Cli run = Cli.run("check", "--report", "sarif", course.toString());
        assertThat(run.exit()).isZero();
        JsonNode sarif = JSON.readTree(run.out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode r = sarif.get("runs").get(0);
        JsonNode result = r.get("results").get(0);
        assertThat(result.get("ruleId").asText()).isEqualTo("T302");
        assertThat(result.get("level").asText()).isEqualTo("warning");
        JsonNode rule = r.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt());
        assertThat(rule.get("id").asText()).isEqualTo("T302");
        assertThat(rule.get("help").get("text").asText()).contains("guillemets");
        JsonNode physical = result.get("locations").get(0).get("physicalLocation");
        assertThat(physical.get("artifactLocation").get("uri").asText()).isEqualTo(Sarif.uri(course + "/pages/01-glossary.md"));
        assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(7);
        assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(16);
        assertThat(r.get("tool").get("driver").get("rules")).extracting(n -> n.get("id").asText())
                .contains("P001", "L101", "Q201", "T301", "T302", "B403", "R503");
    }

    @Test
    void validateSarifNamesThePackageAndTheEntry() throws Exception {
        Cli run = Cli.run("validate", "--report", "sarif", pkg("V502").toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode result = JSON.readTree(run.out()).get("runs").get(0).get("results").get(0);
        assertThat(result.get("ruleId").asText()).isEqualTo("V502");
        assertThat(result.get("level").asText()).isEqualTo("error");
        JsonNode location = result.get("locations").get(0);
        assertThat(location.get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(12);
        assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").asText()).isEqualTo("imsmanifest.xml");
    }

    @Test
    void strictTurnsAWarningIntoAFailingExit(@TempDir Path tmp) throws Exception {
        Path course = invalid("T302", tmp);
        assertThat(Cli.run("check", course.toString()).exit()).isZero();
        assertThat(Cli.run("check", "--strict", course.toString()).exit()).isEqualTo(1);
        assertThat(Cli.run("check", "--strict", Fixtures.MINIMAL.toString()).exit()).isZero();
        assertThat(Cli.run("validate", "--strict", pkg("V515").toString()).exit()).isEqualTo(1);
        assertThat(Cli.run("validate", "--strict", pkg("valid-cmi5").toString()).exit()).isZero();
    }

    @Test
    void strictBuildStillWritesThePackagesButFails(@TempDir Path tmp) throws Exception {
        Path course = invalid("T302", tmp.resolve("course"));
        Cli run = Cli.run("build", "--strict", "--format", "web", "--out", tmp.resolve("out").toString(), course.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
        try (var files = Files.list(tmp.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-web.zip"));
        }
    }
}

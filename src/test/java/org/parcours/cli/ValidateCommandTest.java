package org.parcours.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import picocli.CommandLine;

/** `parcours validate`: the three report formats and the exit codes. */
class ValidateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static String fixture(String name) {
        try {
            return Path.of(ValidateCommandTest.class.getResource("/packages/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void printsTheSizeReportAndExitsZeroForAValidPackage() {
        assertThat(run("validate", fixture("valid-cmi5"))).isZero();
        assertThat(out.toString()).matches("valid-cmi5: cmi5, 4 files, \\d+ bytes: 0 errors, 0 warnings\\R");
    }

    @Test
    void printsEachFindingThenTheSummaryAndExitsOneOnAnError() {
        assertThat(run("validate", fixture("V502"))).isEqualTo(1);
        var lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("V502!imsmanifest.xml:12: error V502: schemaversion is \" 1.2 \", not exactly"
                + " \"1.2\" (Moodle compares the text as it is, whitespace included)");
        assertThat(lines.get(1)).matches("V502: SCORM 1.2, 6 files, \\d+ bytes: 1 error, 0 warnings");
    }

    @Test
    void escapesControlCharactersOfEntryNamesInTheTextReport(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("pkg");
        org.parcours.Fixtures.copyTree(Path.of(fixture("valid-tincan")), folder);
        java.nio.file.Files.writeString(folder.resolve("js/\u001B[31mred\u001B[0m.txt"), "x");
        assertThat(run("validate", "--color", "never", folder.toString())).isEqualTo(1);
        assertThat(out.toString()).doesNotContain("\u001B")
                .contains("pkg!js/\\x1B[31mred\\x1B[0m.txt: error V409: ");
    }

    @Test
    void refusesAJavascriptLaunchUrlInTincanXml(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("pkg");
        org.parcours.Fixtures.copyTree(Path.of(fixture("valid-tincan")), folder);
        Path manifest = folder.resolve("tincan.xml");
        java.nio.file.Files.writeString(manifest, java.nio.file.Files.readString(manifest)
                .replace("<launch lang=\"en-US\">index.html</launch>", "<launch lang=\"en-US\">JavaScript:alert(1)</launch>"));
        assertThat(run("validate", "--color", "never", folder.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("pkg!tincan.xml:9: error V611: url \"JavaScript:alert(1)\" uses the"
                + " javascript: scheme: launching it runs script or reads local files in the LMS's origin");
    }

    @Test
    void exitsZeroWhenThereAreOnlyWarnings() {
        assertThat(run("validate", fixture("V515"))).isZero();
        assertThat(out.toString()).contains("warning V515").contains("0 errors, 1 warning");
    }

    @Test
    void quietPrintsErrorsOnly() {
        assertThat(run("validate", "-q", fixture("V515"))).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void writesJsonWithEveryFieldOfAFinding() throws Exception {
        assertThat(run("validate", "--report", "json", fixture("V506"))).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("package").asText()).isEqualTo("V506");
        assertThat(json.get("standard").asText()).isEqualTo("SCORM12");
        assertThat(json.get("entries").asInt()).isEqualTo(6);
        assertThat(json.get("errors").asInt()).isEqualTo(2);
        assertThat(json.get("warnings").asInt()).isZero();
        JsonNode first = json.get("findings").get(0);
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("code").asText()).isEqualTo("V506");
        assertThat(first.get("entry").asText()).isEqualTo("imsmanifest.xml");
        assertThat(first.get("line").asInt()).isEqualTo(63);
        assertThat(first.get("message").asText()).startsWith("href \"Style.css\" names shared/Style.css");
    }

    @Test
    void jsonOptionIsTheSameAsJsonReport() {
        run("validate", "--json", fixture("V506"));
        String viaOption = out.toString();
        out.getBuffer().setLength(0);
        run("validate", "--report", "json", fixture("V506"));
        assertThat(out.toString()).isEqualTo(viaOption);
    }

    @Test
    void writesJUnitXmlThatCiServersRead() throws Exception {
        assertThat(run("validate", "--report", "junit", fixture("V610"))).isEqualTo(1);
        var f = DocumentBuilderFactory.newInstance();
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo("1");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        Element testcase = (Element) suite.getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("classname")).isEqualTo("V610");
        assertThat(testcase.getAttribute("file")).isEqualTo("js/config.js");
        assertThat(testcase.getAttribute("line")).isEqualTo("4");
        assertThat(((Element) testcase.getElementsByTagName("failure").item(0)).getAttribute("type")).isEqualTo("V610");
    }

    @Test
    void writesOnePassingJUnitCaseForACleanPackage() throws Exception {
        assertThat(run("validate", "--report", "junit", fixture("valid-tincan"))).isZero();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    }

    @Test
    void warningsBecomeSkippedJUnitCases() throws Exception {
        assertThat(run("validate", "--report", "junit", fixture("V515"))).isZero();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getAttribute("skipped")).isEqualTo("1");
        assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(1);
    }

    @Test
    void rejectsAnUnknownReportFormatAsAUsageError() {
        assertThat(run("validate", "--report", "html", fixture("valid-cmi5"))).isEqualTo(2);
        assertThat(err.toString()).startsWith("parcours: Invalid value for option '--report': expected one of text, json, junit, sarif, not 'html'\n");
    }

    @Test
    void rejectsAMissingPackageAsAUsageError() {
        assertThat(run("validate", "no/such/package.zip")).isEqualTo(2);
        assertThat(err.toString()).startsWith("parcours: no such file or folder: no/such/package.zip");
    }

    @Test
    void acceptsParcoursOwnWebExportAsAPlainWebPackage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
        var built = org.parcours.Parcours.build(org.parcours.Fixtures.MINIMAL, "minimal", new org.parcours.BuildRequest(
                java.util.List.of("web"), tmp, java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty()), line -> { });
        assertThat(built.hasErrors()).as("%s", built.diagnostics()).isFalse();
        assertThat(run("validate", tmp.resolve("minimal-1.2.0-web.zip").toString())).isZero();
        assertThat(out.toString()).startsWith("minimal-1.2.0-web.zip: web package (index.html, no LMS descriptor), ");
    }
}

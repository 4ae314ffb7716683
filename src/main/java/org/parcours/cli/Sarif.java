package org.parcours.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcours.diag.Code;
import org.parcours.diag.Severity;

/**
 * SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), the report that GitHub code scanning and GitLab
 * read: one run, the tool's rules are the diagnostic codes (with their description and hint from the codes table),
 * one result per problem with its level and its file:line:col region.
 */
final class Sarif {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://w3id.org/parcours";

    /** A rule of the table: the code, a short description, a help text and its severity where the code fixes it. */
    record Rule(String id, String description, String help, java.util.Optional<Severity> severity) {}

    private Sarif() {}

    /** The rules of `parcours check`: every course diagnostic code. */
    static List<Rule> courseRules() {
        return java.util.Arrays.stream(Code.values())
                // a course code's severity is decided where it is reported: each result carries its own level
                .map(c -> new Rule(c.id(), c.title(), help(c.title(), c.defaultHint(), "README.md, Diagnostics"),
                        java.util.Optional.<Severity>empty()))
                .toList();
    }

    /** The rules of `parcours validate`: every package finding code. */
    static List<Rule> packageRules() {
        return java.util.Arrays.stream(org.parcours.validate.Rule.values())
                .map(r -> new Rule(r.code(), r.title(), help(r.title(), "", "docs/validator.md"), java.util.Optional.of(r.severity())))
                .toList();
    }

    private static String help(String title, String hint, String where) {
        String text = Character.toUpperCase(title.charAt(0)) + title.substring(1) + ".";
        if (!hint.isEmpty()) text += " " + Character.toUpperCase(hint.charAt(0)) + hint.substring(1) + (hint.endsWith(".") ? "" : ".");
        return text + " See " + where + ".";
    }

    static String log(String version, List<Rule> rules, List<Problem> problems) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Parcours");
        driver.put("version", version);
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode ruleNodes = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (Rule r : rules) {
            index.put(r.id(), index.size());
            ObjectNode n = ruleNodes.addObject();
            n.put("id", r.id());
            n.putObject("shortDescription").put("text", r.description());
            n.putObject("help").put("text", r.help());
            r.severity().ifPresent(s -> n.putObject("defaultConfiguration").put("level", level(s)));
        }
        ArrayNode results = run.putArray("results");
        for (Problem p : problems) {
            ObjectNode n = results.addObject();
            n.put("ruleId", p.code());
            Integer i = index.get(p.code());
            if (i != null) n.put("ruleIndex", i);
            n.put("level", level(p.severity()));
            n.putObject("message").put("text", p.message() + (p.hint().isEmpty() ? "" : " (hint: " + p.hint() + ")"));
            ObjectNode location = n.putArray("locations").addObject();
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(p.file()));
            // a finding inside a package: the package is the artifact, the entry its logical location
            if (!p.entry().isEmpty()) {
                location.putArray("logicalLocations").addObject().put("fullyQualifiedName", p.entry()).put("kind", "resource");
            }
            if (p.line() > 0) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", p.line());
                if (p.column() > 0) region.put("startColumn", p.column());
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static String level(Severity s) {
        return s == Severity.ERROR ? "error" : "warning";
    }

    /** A relative URI reference with forward slashes, as SARIF's artifactLocation.uri wants (§3.4.3). */
    static String uri(String path) {
        String slashed = path.replace('\\', '/');
        try {
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a path always makes a URI reference: " + path, e);
        }
    }
}

package org.parcours.format.scorm12;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.model.Course;
import org.parcours.testing.Node;

/**
 * The runtime's codec (runtime/scorm/suspend-data.js, run by Node) and its Java twin give the same characters for
 * the same State, and the adapter reads back exactly the State it was given: for the worst cases that the build
 * measures and for a few hundred random states of every response shape.
 */
class SuspendDataAgreementIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Path CODEC = Path.of("src/main/resources/org/parcours/runtime/scorm/suspend-data.js");

    @Test
    void javaAndTheAdapterEncodeTheWorstCasesAlikeAndTheAdapterReadsThemBack(@TempDir Path tmp) throws Exception {
        ArrayNode cases = NODES.arrayNode();
        for (Course course : List.of(ScormFixtures.small(), ScormFixtures.course(ScormFixtures.MINI_MOOC))) {
            cases.add(testCase(SuspendDataBudget.ids(course), SuspendDataBudget.worstState(course)));
        }
        compare(cases, tmp);
    }

    @Test
    void javaAndTheAdapterAgreeOnRandomStatesOfEveryShape(@TempDir Path tmp) throws Exception {
        Random random = new Random(20261127);
        Course course = ScormFixtures.small();
        List<String> ids = SuspendDataBudget.ids(course);
        ArrayNode cases = NODES.arrayNode();
        for (int i = 0; i < 300; i++) cases.add(testCase(ids, randomState(random, ids)));
        compare(cases, tmp);
    }

    private static ObjectNode testCase(List<String> ids, JsonNode state) {
        ObjectNode c = NODES.objectNode();
        ArrayNode list = c.putArray("ids");
        ids.forEach(list::add);
        c.set("state", state);
        c.put("java", SuspendDataCodec.encode(state, RefTable.of(ids)));
        return c;
    }

    private static void compare(ArrayNode cases, Path tmp) throws Exception {
        JsonNode results = runNode(cases, tmp);
        for (int i = 0; i < cases.size(); i++) {
            JsonNode c = cases.get(i);
            JsonNode r = results.get(i);
            assertThat(r.path("js").asText()).as("case %d: %s", i, c.get("state")).isEqualTo(c.get("java").asText());
            // compared as JavaScript sees them: 80000.0 and 80000 are one number there
            assertThat(r.path("decoded").asText()).as("case %d read back", i).isEqualTo(r.path("given").asText());
        }
    }

    /** States as the player makes them (docs/runtime.md), with responses of every shape and awkward text. */
    private static ObjectNode randomState(Random r, List<String> ids) {
        ObjectNode s = NODES.objectNode();
        s.put("v", 1);
        if (r.nextBoolean()) s.put("loc", pick(r, ids));
        else s.putNull("loc");
        ArrayNode done = s.putArray("done");
        for (int i = r.nextInt(6); i > 0; i--) done.add(pick(r, ids));
        ObjectNode quiz = s.putObject("quiz");
        for (int k = r.nextInt(3); k > 0; k--) {
            ObjectNode q = quiz.putObject(pick(r, ids));
            q.put("n", r.nextInt(5));
            q.put("best", r.nextInt(101));
            q.put("passed", r.nextBoolean());
            ArrayNode drawn = q.putArray("drawn");
            List<String> chosen = new ArrayList<>();
            for (int i = r.nextInt(5); i > 0; i--) {
                String id = pick(r, ids);
                if (!chosen.contains(id)) {
                    chosen.add(id);
                    drawn.add(id);
                }
            }
            ObjectNode answers = q.putObject("answers");
            for (String id : chosen) if (r.nextInt(4) > 0) answers.set(id, randomResponse(r));
            q.put("submitted", r.nextBoolean());
        }
        return s;
    }

    private static JsonNode randomResponse(Random r) {
        switch (r.nextInt(8)) {
            case 0: {
                ArrayNode a = NODES.arrayNode();
                for (int i = r.nextInt(5); i > 0; i--) a.add(r.nextInt(8));
                return a;
            }
            case 1: {
                ArrayNode a = NODES.arrayNode();
                for (int i = r.nextInt(4) + 1; i > 0; i--) a.addArray().add(r.nextInt(8)).add(r.nextInt(8));
                return a;
            }
            case 2:
                return NODES.booleanNode(r.nextBoolean());
            case 3: {
                String alphabet = "aé ’|;,*~'\"<>&\\0Z😀-_.:!?\n";
                StringBuilder b = new StringBuilder();
                for (int i = r.nextInt(40); i > 0; i--) {
                    int at = r.nextInt(alphabet.length());
                    if (Character.isSurrogate(alphabet.charAt(at))) at = alphabet.indexOf('😀');
                    b.append(alphabet.charAt(at));
                    if (Character.isHighSurrogate(alphabet.charAt(at))) b.append(alphabet.charAt(at + 1));
                }
                return NODES.textNode(b.toString());
            }
            case 4:
                return NODES.numberNode(r.nextInt(200000) - 100000);
            case 5:
                return NODES.numberNode(List.of(3.5, -0.25, 1e-7, 2.5e-8, 1e21, 80000.0, 0.1, SuspendDataBudget.LONGEST_NUMBER).get(r.nextInt(8)));
            case 6:
                return NODES.nullNode();
            default:
                return NODES.arrayNode().add(40).add(2);
        }
    }

    private static String pick(Random r, List<String> ids) {
        return ids.get(r.nextInt(ids.size()));
    }

    private static JsonNode runNode(ArrayNode cases, Path tmp) throws IOException, InterruptedException {
        Node.require();
        Path input = tmp.resolve("cases.json");
        Path output = tmp.resolve("results.json");
        Files.writeString(input, JSON.writeValueAsString(cases));
        String script = "require(process.argv[1]);"
                + "var C = Parcours.scorm.suspendData;"
                + "var cases = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));"
                + "process.stdout.write(JSON.stringify(cases.map(function (c) {"
                + "  var js = C.encode(c.state, C.refTable(c.ids));"
                + "  return { js: js, given: JSON.stringify(c.state), decoded: JSON.stringify(C.decode(c.java, c.ids)) };"
                + "})));";
        Process p = new ProcessBuilder("node", "-e", script, CODEC.toAbsolutePath().toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("node did not finish within 60 s");
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return JSON.readTree(out);
    }
}

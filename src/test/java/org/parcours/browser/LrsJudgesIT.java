package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The judges of the journeys can fail: the test LRS refuses a statement that xapi-validation finds invalid, and
 * names the cmi5 requirement that a statement breaks. Without this, "zero warnings" could mean "never looked".
 */
class LrsJudgesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TestLrs lrs;

    @BeforeAll
    static void start() throws Exception {
        lrs = new TestLrs(Files.createTempDirectory("parcours-empty-"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (lrs != null) lrs.close();
    }

    private static int send(String method, String path, String auth, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(lrs.base + path)).header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", auth).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static ObjectNode statement(JsonNode actor, String verb, String object) {
        ObjectNode s = JSON.createObjectNode();
        s.put("id", UUID.randomUUID().toString()).put("timestamp", "2026-11-27T10:00:00.000Z");
        s.set("actor", actor);
        s.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/" + verb).putObject("display").put("en-US", verb);
        s.putObject("object").put("objectType", "Activity").put("id", object);
        return s;
    }

    @Test
    void refusesAStatementThatXapiValidationFindsInvalid() throws Exception {
        JsonNode l = lrs.admin("launch", Map.of("kind", "xapi"));
        String auth = queryParam(l.get("query").asText(), "auth");
        ObjectNode bad = statement(JSON.readTree("{\"mbox\":\"mailto:a@example.org\"}"), "experienced", "not an IRI");
        bad.put("id", "not-a-uuid");
        int before = lrs.report().get("warnings").size();
        assertThat(send("POST", "/xapi/statements", auth, new Object[] {bad})).isEqualTo(400);
        assertThat(lrs.report().get("warnings").size()).isEqualTo(before + 1);
        ObjectNode good = statement(JSON.readTree("{\"mbox\":\"mailto:a@example.org\"}"), "experienced", "https://example.org/a");
        assertThat(send("POST", "/xapi/statements", auth, new Object[] {good})).isEqualTo(200);
        assertThat(send("POST", "/xapi/statements", auth, new Object[] {good})).as("same id again").isEqualTo(409);
    }

    @Test
    void namesTheCmi5RequirementAStatementBreaks() throws Exception {
        JsonNode l = lrs.admin("launch", Map.of("kind", "cmi5", "publisherId", "https://example.org/c/au", "masteryScore", 0.7,
                "moveOn", "Passed"));
        String q = l.get("query").asText();
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(queryParam(q, "fetch")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        String auth = "Basic " + JSON.readTree(token.body()).get("auth-token").asText();
        JsonNode actor = JSON.readTree(queryParam(q, "actor"));
        String activityId = queryParam(q, "activityId");
        ObjectNode init = defined(statement(actor, "initialized", activityId), l, false);
        assertThat(send("POST", "/xapi/statements", auth, new Object[] {init})).isEqualTo(403);
        assertThat(lastViolation()).isEqualTo("11.0.0.0-3");
        String agent = URLEncoder.encode(queryParam(q, "actor"), StandardCharsets.UTF_8);
        HTTP.send(HttpRequest.newBuilder(URI.create(lrs.base + "/xapi/agents/profile?profileId=cmi5LearnerPreferences&agent=" + agent))
                .header("X-Experience-API-Version", "1.0.3").header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(send("POST", "/xapi/statements", auth, new Object[] {init})).isEqualTo(200);
        ObjectNode passed = defined(statement(actor, "passed", activityId), l, true);
        passed.putObject("result").put("success", true).put("duration", "PT1S").putObject("score").put("scaled", 0.5);
        ((ObjectNode) passed.get("context")).putObject("extensions")
                .put("https://w3id.org/xapi/cmi5/context/extensions/sessionid", l.get("sessionId").asText())
                .put("https://w3id.org/xapi/cmi5/context/extensions/masteryscore", 0.7);
        assertThat(send("POST", "/xapi/statements", auth, new Object[] {passed})).isEqualTo(403);
        assertThat(lastViolation()).isEqualTo("9.3.4.0-2");
        ObjectNode again = defined(statement(actor, "initialized", activityId), l, false);
        assertThat(send("POST", "/xapi/statements", auth, new Object[] {again})).isEqualTo(403);
        assertThat(lastViolation()).isEqualTo("9.3.0.0-2");
    }

    private static ObjectNode defined(ObjectNode s, JsonNode launch, boolean moveOn) {
        ObjectNode ctx = s.putObject("context");
        ctx.put("registration", launch.get("registration").asText());
        ObjectNode ca = ctx.putObject("contextActivities");
        ca.putArray("grouping").addObject().put("objectType", "Activity").put("id", "https://example.org/c/au");
        var cat = ca.putArray("category");
        cat.addObject().put("objectType", "Activity").put("id", "https://w3id.org/xapi/cmi5/context/categories/cmi5");
        if (moveOn) cat.addObject().put("objectType", "Activity").put("id", "https://w3id.org/xapi/cmi5/context/categories/moveon");
        ctx.putObject("extensions").put("https://w3id.org/xapi/cmi5/context/extensions/sessionid", launch.get("sessionId").asText());
        return s;
    }

    private static String lastViolation() {
        JsonNode v = lrs.report().get("violations");
        return v.get(v.size() - 1).get("req").asText();
    }

    private static String queryParam(String query, String name) {
        for (String pair : query.split("&")) {
            int i = pair.indexOf('=');
            if (pair.substring(0, i).equals(name)) return java.net.URLDecoder.decode(pair.substring(i + 1), StandardCharsets.UTF_8);
        }
        throw new AssertionError("no " + name + " in " + query);
    }
}

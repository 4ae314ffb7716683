package org.parcours.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The LRS and LMS launcher of src/test/node/lrs.js, in a Node process bound to 127.0.0.1 that stops with this
 * object (or by itself after ten minutes). Statements are judged there by @learninglocker/xapi-validation and, for
 * cmi5 launches, by the cmi5 rules.
 */
public final class TestLrs implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public final String base;

    public TestLrs(Path content) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("node", "src/test/node/lrs.js", content.toAbsolutePath().toString(), "600");
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        process = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null) throw new IllegalStateException("the test LRS did not start (is node installed, and node_modules present?)");
        base = "http://127.0.0.1:" + JSON.readTree(line).get("port").asInt();
    }

    public JsonNode admin(String what, Map<String, ?> body) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/_admin/" + what)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            return JSON.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode report() {
        return admin("report", Map.of());
    }

    /** Answers the next {@code count} statement requests with {@code status}. */
    public void fault(int status, int count) {
        admin("fault", Map.of("status", status, "count", count));
    }

    /** Stores the next {@code count} statement requests but answers them 500, as when an answer is lost. */
    public void loseAnswers(int count) {
        admin("fault", Map.of("status", 500, "count", count, "lostAnswer", true));
    }

    public String contentUrl(String page, String query) {
        return base + "/content/" + page + (query.isEmpty() ? "" : "?" + query);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            admin("stop", Map.of());
        } catch (RuntimeException e) {
            // already gone: destroy below makes sure
        }
        close(process.getOutputStream());
        if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }

    private void close(java.io.OutputStream s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // the process is ending anyway
        }
    }
}

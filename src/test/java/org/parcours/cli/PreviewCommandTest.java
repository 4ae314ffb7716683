package org.parcours.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.Fixtures;

/** `parcours preview` as a real process: it prints its URL, serves, and leaves nothing running once stopped. */
class PreviewCommandTest {

    @Test
    void printsItsUrlServesAndStopsWhenTheProcessIsStopped(@TempDir Path tmp) throws Exception {
        Path course = Fixtures.minimalWith(null, tmp);
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                "org.parcours.cli.Main", "preview", "--lang", "fr", course.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).startsWith("Aperçu de " + course + " sur http://127.0.0.1:").endsWith("(Ctrl-C pour arrêter)");
            String url = line.replaceAll(".* sur (http://\\S+) .*", "$1");
            HttpClient http = HttpClient.newHttpClient();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(200);

            p.destroy(); // SIGTERM, which runs the shutdown hooks as Ctrl-C's SIGINT does
            assertThat(p.waitFor(15, TimeUnit.SECONDS)).as("the preview exits once stopped").isTrue();
            assertThat(p.descendants().count()).isZero();
            assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(java.time.Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(IOException.class);
        } finally {
            p.destroyForcibly();
        }
    }
}

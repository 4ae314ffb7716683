package org.parcours.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.Fixtures;
import org.parcours.i18n.Lang;

/** The preview serves the course from memory, follows its sources, shows diagnostics, and stops cleanly. */
class PreviewServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void servesTheCourseOnLoopbackWithTheReloadScript(@TempDir Path tmp) throws Exception {
        Path course = Fixtures.minimalWith(null, tmp);
        try (PreviewServer preview = PreviewServer.start(course, Lang.EN)) {
            assertThat(preview.url()).matches("http://127\\.0\\.0\\.1:\\d+/");
            HttpResponse<String> index = get(preview.url());
            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.body()).contains("<script src=\"/__parcours/reload.js?v=1\"></script>");
            assertThat(get(preview.url() + "__parcours/reload.js").body()).contains("location.reload()");
        }
    }

    @Test
    void rebuildsWhenALessonChanges(@TempDir Path tmp) throws Exception {
        Path course = Fixtures.minimalWith(null, tmp);
        Path lesson = course.resolve("01-first-steps/01-welcome.md");
        try (PreviewServer preview = PreviewServer.start(course, Lang.EN)) {
            long before = preview.version();
            Files.writeString(lesson, Files.readString(lesson).replace("A course is a folder of plain text files.",
                    "A course is a folder of plain text files, edited live."));
            String version = awaitNewVersion(preview, before);
            assertThat(Long.parseLong(version)).isGreaterThan(before);
            assertThat(everything(preview)).contains("edited live");
        }
    }

    @Test
    void showsTheDiagnosticsWithTheirPositionsInTheLanguageOfTheRun(@TempDir Path tmp) throws Exception {
        Path course = Fixtures.minimalWith(Fixtures.INVALID.resolve("P003"), tmp);
        try (PreviewServer preview = PreviewServer.start(course, Lang.FR)) {
            String page = get(preview.url()).body();
            assertThat(page).contains("Le cours a des erreurs", "course.yaml:2:1: erreur P003: clé inconnue");
            // fixing the course brings the player back, without restarting the preview
            Files.copy(Fixtures.MINIMAL.resolve("course.yaml"), course.resolve("course.yaml"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            awaitNewVersion(preview, preview.version());
            assertThat(get(preview.url()).body()).doesNotContain("Le cours a des erreurs");
        }
    }

    @Test
    void closingStopsTheServer(@TempDir Path tmp) throws Exception {
        Path course = Fixtures.minimalWith(null, tmp);
        PreviewServer preview = PreviewServer.start(course, Lang.EN);
        String url = preview.url();
        preview.close();
        assertThatThrownBy(() -> get(url)).isInstanceOf(IOException.class);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("parcours-preview-watcher"));
    }

    /** Every file of the current build that the index links to is not needed: the lesson text is in one of them. */
    private static String everything(PreviewServer preview) throws Exception {
        StringBuilder all = new StringBuilder(get(preview.url()).body());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:href|src)=\"([^\"#?:]+)\"").matcher(all.toString());
        while (m.find()) all.append(get(preview.url() + m.group(1)).body());
        return all.toString();
    }

    private static String awaitNewVersion(PreviewServer preview, long before) throws Exception {
        for (int i = 0; i < 100; i++) {
            String v = get(preview.url() + "__parcours/version").body();
            if (Long.parseLong(v) > before) return v;
            Thread.sleep(100);
        }
        throw new AssertionError("the preview did not rebuild within 10 s of a change");
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(java.time.Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package org.parcours.format.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.BuildRequest;
import org.parcours.Parcours;
import org.parcours.diag.Result;
import org.parcours.format.Formats;

class WebFormatTest {

    @Test
    void isRegisteredAsTheWebFormatAndWritesAFolderToo() {
        assertThat(Formats.builtIn().named("web")).get().isInstanceOf(WebFormat.class);
        assertThat(new WebFormat().alsoAsFolder()).isTrue();
    }

    @Test
    void buildsAZipAndTheSameTreeAsAFolderThatOpensOnIndexHtml(@TempDir Path out) throws IOException {
        Path course = Path.of("src/test/resources/courses/complete");
        Result<List<Path>> r = Parcours.build(course, "complete",
                new BuildRequest(List.of("web"), out, Optional.empty(), Optional.empty(), Optional.empty()), line -> {});
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        Path zip = out.resolve("complete-2.0.0-web.zip");
        Path folder = out.resolve("complete-2.0.0-web");
        assertThat(r.value().orElseThrow()).containsExactly(zip, folder);
        assertThat(out.resolve("complete-2.0.0-web.zip.sha256")).exists();
        List<String> entries;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            entries = Collections.list(z.entries()).stream().map(e -> e.getName()).sorted().toList();
        }
        List<String> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(entries).isEqualTo(files).contains("index.html", "runtime/adapters/standalone.js", "assets/handout.pdf");
        assertThat(Files.readString(folder.resolve("index.html"))).contains("\"adapter\":\"standalone\"");
    }
}

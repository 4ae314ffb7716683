package org.parcours.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.BuildRequest;
import org.parcours.Fixtures;
import org.parcours.Parcours;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.Result;
import org.parcours.format.BuildOptions;
import org.parcours.format.Format;
import org.parcours.format.Formats;
import org.parcours.model.Course;
import org.parcours.tree.FileTree;
import org.parcours.validate.Standard;

/**
 * Adding a format is one entry in the registry: a format that the built-in list does not know is offered by the
 * help, accepted by --format and by course.yaml's build.formats, named in the B401 hint, and built.
 */
class AddedFormatTest {
    /** A format that packs one page: enough to follow it through every place that names formats. */
    private static final class Fake implements Format {
        @Override
        public String name() {
            return "fake";
        }

        @Override
        public Standard standard() {
            return Standard.WEB;
        }

        @Override
        public Result<FileTree> build(Course course, BuildOptions options) {
            byte[] page = "<!doctype html><title>fake</title>".getBytes(StandardCharsets.UTF_8);
            return Result.of(FileTree.builder().put("index.html", page).build(), new Diagnostics());
        }
    }

    private static final Formats WITH_FAKE = Formats.builtIn().with(new Fake());

    private static Path courseBuilding(String formats, Path tmp) throws IOException {
        Path course = Fixtures.minimalWith(null, tmp);
        Files.writeString(course.resolve("course.yaml"), "build:\n  formats: [" + formats + "]\n", StandardOpenOption.APPEND);
        return course;
    }

    @Test
    void helpAndCandidatesOfBuildFormatComeFromTheRegistry() {
        assertThat(Cli.run(WITH_FAKE, "build", "--help").out().replaceAll("\\s+", " "))
                .contains("Formats to build: web, scorm12, scorm2004, xapi, cmi5, fake (comma-separated)");
        Cli run = Cli.run(WITH_FAKE, "build", Fixtures.MINIMAL.toString(), "--format", "pdf");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("parcours: Invalid value for option '--format' (FORMAT): "
                + "expected one of web, scorm12, scorm2004, xapi, cmi5, fake, not 'pdf'\n");
    }

    @Test
    void courseYamlMayNameTheAddedFormatAndTheBuildMakesIt(@TempDir Path tmp) throws IOException {
        Path course = courseBuilding("fake", tmp);
        Path out = tmp.resolve("dist");
        Cli run = Cli.run(WITH_FAKE, "build", course.toString(), "--out", out.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("minimal-1.2.0-fake.zip", "minimal-1.2.0-fake.zip.sha256", "SHA256SUMS");
        }
    }

    @Test
    void theBuiltInRegistryRejectsTheNameWithTheListOfFormats(@TempDir Path tmp) throws IOException {
        Path course = courseBuilding("fake", tmp);
        Cli run = Cli.run("check", course.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains(course + "/course.yaml:16:12: error P006: unknown format 'fake'\n"
                + "    hint: formats are: web, scorm12, scorm2004, xapi, cmi5\n");
    }

    @Test
    void unknownFormatAskedThroughTheFrontDoorGetsB401WithTheRegistrysList(@TempDir Path tmp) {
        var r = Parcours.build(Fixtures.MINIMAL, "minimal", new BuildRequest(List.of("pdf"), tmp.resolve("dist"),
                Optional.empty(), Optional.empty(), Optional.empty()), WITH_FAKE, line -> {}, note -> {});
        assertThat(r.diagnostics()).hasSize(1);
        assertThat(r.diagnostics().get(0).headline() + "\n    hint: " + r.diagnostics().get(0).hint())
                .isEqualTo("--format: error B401: no package format 'pdf' is available\n"
                        + "    hint: formats are: web, scorm12, scorm2004, xapi, cmi5, fake");
    }
}

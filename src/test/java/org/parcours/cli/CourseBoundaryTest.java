package org.parcours.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.Fixtures;

/**
 * Nothing outside the course folder is ever read or referenced (issue 10): links and special files are refused
 * without being opened, theme paths and references must name packaged files of the course, and the output folder
 * cannot sit where the next build would package it. Each case is a located error, exit 1, and no package holds
 * a byte of the secret.
 */
class CourseBoundaryTest {
    private static final String SECRET = "TOP-SECRET-" + "4f1c2a";

    @TempDir
    Path tmp;
    Path course;
    Path secret;

    @BeforeEach
    void setUp() throws IOException {
        course = Fixtures.minimalWith(null, tmp);
        Path outside = Files.createDirectories(tmp.resolve("secret"));
        secret = Files.writeString(outside.resolve("secret.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><!-- " + SECRET + " --></svg>");
    }

    private Cli check() {
        return Cli.run("check", "--color", "never", course.toString());
    }

    private String shown(Cli run) {
        return run.out().replace(course.toString(), "course");
    }

    /** Builds every format into out/ and asserts that it fails and that no written byte holds the secret. */
    private void buildLeaksNothing() throws IOException {
        Path out = tmp.resolve("out");
        Cli run = Cli.run("build", "--color", "never", "--out", out.toString(), course.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception");
        if (!Files.exists(out)) return;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as("%s", f).doesNotContain(SECRET);
            }
        }
    }

    @Test
    void refusesAnAssetThatIsASymbolicLinkToAFileOutsideTheCourse() throws IOException {
        Files.createSymbolicLink(course.resolve("assets/passwd.svg"), secret);
        Cli run = check();
        assertThat(shown(run)).contains("course/assets/passwd.svg:1:1: error P016: 'assets/passwd.svg' is a symbolic link:"
                + " it is not read, and not packaged");
        assertThat(run.exit()).isEqualTo(1);
        buildLeaksNothing();
    }

    @Test
    void refusesALinkedFolderUnderAssetsAndAnImageReachedThroughIt() throws IOException {
        Files.createSymbolicLink(course.resolve("assets/linked"), secret.getParent());
        Files.writeString(course.resolve("01-first-steps/01-welcome.md"),
                "\n![A secret](../assets/linked/secret.svg)\n", java.nio.file.StandardOpenOption.APPEND);
        Cli run = check();
        assertThat(shown(run)).contains("course/assets/linked:1:1: error P016: 'assets/linked' is a symbolic link")
                .contains("error L103: file '../assets/linked/secret.svg' not found");
        buildLeaksNothing();
    }

    @Test
    void refusesALessonThatIsASymbolicLink() throws IOException {
        Path lesson = course.resolve("01-first-steps/03-linked.md");
        Files.writeString(tmp.resolve("secret/lesson.md"), "---\ntitle: Secret\n---\n" + SECRET + "\n");
        Files.createSymbolicLink(lesson, tmp.resolve("secret/lesson.md"));
        assertThat(shown(check())).contains("course/01-first-steps/03-linked.md:1:1: error P016: '01-first-steps/03-linked.md'"
                + " is a symbolic link: it is not read, and not packaged");
        buildLeaksNothing();
    }

    @Test
    void refusesALinkInTheThemeFolder() throws IOException {
        Files.createDirectories(course.resolve("theme"));
        Files.createSymbolicLink(course.resolve("theme/theme.css"), secret);
        assertThat(shown(check())).contains("course/theme/theme.css:1:1: error P016: 'theme/theme.css' is a symbolic link");
        buildLeaksNothing();
    }

    @Test
    void refusesAFifoWithoutOpeningIt() throws Exception {
        Path fifo = course.resolve("assets/pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).as("mkfifo (coreutils) must be available").isZero();
        // opening a FIFO with no writer blocks forever: the check must finish without opening it
        Cli run = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), this::check);
        assertThat(shown(run)).contains("course/assets/pipe.txt:1:1: error P016: 'assets/pipe.txt' is a special file"
                + " (FIFO, device or socket): it is not read, and not packaged");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void refusesAbsoluteAndParentThemePaths() throws IOException {
        Files.writeString(course.resolve("course.yaml"), "theme:\n  logo: /etc/passwd\n  font: ../secret/secret.svg\n",
                java.nio.file.StandardOpenOption.APPEND);
        Cli run = check();
        assertThat(shown(run)).contains("course/course.yaml:16:9: error P016: 'logo' of the theme is '/etc/passwd',"
                        + " which has an absolute path: only files of the course are packaged")
                .contains("course/course.yaml:17:9: error P016: 'font' of the theme is '../secret/secret.svg',"
                        + " which has a '..' segment: only files of the course are packaged");
        buildLeaksNothing();
    }

    @Test
    void refusesAThemeFontThatWouldBreakOutOfTheStylesheet() throws IOException {
        Files.writeString(course.resolve("course.yaml"), "theme:\n  font: 'assets/x\")}</style><script>alert(1)</script>.woff2'\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(shown(check())).contains("course/course.yaml:16:9: error P016: 'font' of the theme is");
    }

    @Test
    void refusesAThemeLogoThatIsNotPackaged() throws IOException {
        Files.writeString(course.resolve("course.yaml"), "theme:\n  logo: course.yaml\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(shown(check())).contains("course/course.yaml:16:9: error P016: 'logo' of the theme is 'course.yaml':"
                + " it must be a file under assets/ or theme/");
    }

    @Test
    void refusesALinkToACourseFileThatIsNotPackaged() throws IOException {
        Files.writeString(course.resolve("01-first-steps/01-welcome.md"), "\nSee [the settings](../course.yaml).\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(shown(check())).contains("error L101: link '../course.yaml': 'course.yaml' is not packaged (only assets/ is)");
    }

    @Test
    void reportsAQuizFileThatIsAFolder() throws IOException {
        Path quiz = course.resolve("01-first-steps/quiz.yaml");
        Files.delete(quiz);
        Files.createDirectories(quiz);
        Cli run = check();
        assertThat(shown(run)).contains("course/01-first-steps/quiz.yaml:1:1: error P016: '01-first-steps/quiz.yaml' is a folder, not a file");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void refusesAnOutputFolderUnderAssets() {
        Cli run = Cli.run("build", "--color", "never", "--format", "web", "--out", course.resolve("assets/dist").toString(),
                course.toString());
        assertThat(shown(run)).contains("--out:1:1: error B404: output folder 'course/assets/dist' is inside the course's"
                + " assets/ folder: the next build would package this build's files");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(course.resolve("assets/dist")).doesNotExist();
    }
}

package org.parcours.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.browser.Project;
import org.parcours.testing.Needs;

/**
 * docs/ci.md cannot rot: the commands of its GitHub Actions workflow and of its GitLab CI job that come after
 * "Fetch Parcours" run, in order, with bash -e as both CI services run them, in a course repository holding a copy
 * of the mini-MOOC, with the release bundle of target/release unpacked on the PATH. Steps that need the CI service
 * itself (checkout, cache, uploads, the tag-only release) are not run.
 */
class CiDocsIT {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path DOC = Project.root().resolve("docs/ci.md");

    @TempDir
    static Path tmp;
    private static Path parcoursHome;

    @BeforeAll
    static void unpackTheRelease() throws Exception {
        Path release = Project.root().resolve("target/release");
        Needs.file(release, "the release folder", "run `mvn -B package` first");
        Path tarball;
        try (var files = Files.list(release)) {
            tarball = files.filter(p -> p.getFileName().toString().endsWith(".tar.gz")).findFirst().orElseThrow();
        }
        Path into = Files.createDirectories(tmp.resolve("parcours"));
        var tar = ReleaseBundleIT.run(into, Map.of("PATH", "/usr/bin:/bin"), "tar", "-xzf", tarball.toString());
        assertThat(tar.exit()).as(tar.output()).isZero();
        try (var dirs = Files.list(into)) {
            parcoursHome = dirs.findFirst().orElseThrow();
        }
    }

    /** The yaml blocks of docs/ci.md, in order. */
    static List<JsonNode> yamlBlocks() throws IOException {
        List<JsonNode> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)```yaml\\n(.*?)```").matcher(Files.readString(DOC));
        while (m.find()) blocks.add(YAML.readTree(m.group(1)));
        return blocks;
    }

    /** A course repository: the mini-MOOC in course/, as the pipelines expect. */
    private static Path courseRepository(String name) throws IOException {
        Path repo = Files.createDirectories(tmp.resolve(name));
        Path from = Project.root().resolve("course");
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path to = repo.resolve("course").resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        return repo;
    }

    private static void runAll(Path repo, List<String> commands) throws Exception {
        assertThat(commands).isNotEmpty();
        Map<String, String> env = Map.of("PATH", parcoursHome + ":" + Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin",
                "HOME", tmp.toString(), "CI", "true", "LANG", "C.UTF-8");
        for (String command : commands) {
            var run = ReleaseBundleIT.run(repo, env, "bash", "-eo", "pipefail", "-c", command);
            System.out.println("$ " + command.strip().replace("\n", "\n  ") + "\n" + run.output());
            assertThat(run.exit()).as("%s%n%s", command, run.output()).isZero();
        }
    }

    @Test
    void theGithubWorkflowRunsAfterFetchingParcours() throws Exception {
        JsonNode workflow = yamlBlocks().stream().filter(b -> b.has("jobs")).findFirst().orElseThrow();
        List<String> commands = new ArrayList<>();
        boolean fetched = false;
        for (JsonNode step : workflow.get("jobs").get("course").get("steps")) {
            String name = step.path("name").asText();
            if (name.equals("Fetch Parcours")) {
                fetched = true;
                continue;
            }
            if (!fetched || !step.has("run")) continue;
            if (step.path("if").asText().contains("refs/tags")) continue; // needs the CI service's release API
            commands.add(step.get("run").asText());
        }
        assertThat(fetched).as("a step named 'Fetch Parcours'").isTrue();
        Path repo = courseRepository("github");
        runAll(repo, commands);
        assertProducedWhatItPublishes(repo, "sarif");
        // the artifact step publishes these paths
        assertThat(workflow.toString()).contains("dist/SHA256SUMS");
    }

    @Test
    void theGitlabJobRunsAfterFetchingParcours() throws Exception {
        JsonNode ci = yamlBlocks().stream().filter(b -> b.has("stages")).findFirst().orElseThrow();
        JsonNode job = ci.get("course");
        assertThat(job.get("before_script").toString()).contains("parcours-$PARCOURS_VERSION.tar.gz");
        List<String> commands = new ArrayList<>();
        job.get("script").forEach(c -> commands.add(c.asText()));
        Path repo = courseRepository("gitlab");
        runAll(repo, commands);
        assertProducedWhatItPublishes(repo, "junit.xml");
        for (JsonNode report : job.get("artifacts").get("reports").get("junit")) {
            Path pattern = repo.resolve(report.asText());
            try (var files = Files.newDirectoryStream(pattern.getParent(), pattern.getFileName().toString())) {
                assertThat(files.iterator().hasNext()).as(report.asText()).isTrue();
            }
        }
    }

    private static void assertProducedWhatItPublishes(Path repo, String report) throws IOException {
        Path dist = repo.resolve("dist");
        assertThat(dist.resolve("SHA256SUMS")).isRegularFile();
        try (var files = Files.list(dist)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).filteredOn(n -> n.endsWith(".zip")).hasSize(4);
            assertThat(names).filteredOn(n -> n.endsWith(".zip.sha256")).hasSize(4);
            assertThat(names).filteredOn(n -> n.endsWith("." + report)).hasSize(3);
        }
    }
}

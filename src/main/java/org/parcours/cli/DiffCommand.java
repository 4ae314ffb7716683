package org.parcours.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parcours.Parcours;
import org.parcours.diag.Diagnostic;
import org.parcours.diag.Result;
import org.parcours.diff.Change;
import org.parcours.diff.CourseDiff;
import org.parcours.diff.Versions;
import org.parcours.i18n.Lang;
import org.parcours.i18n.Text;
import org.parcours.model.Course;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Says what changes for an LMS and its learners between two versions of a course: units and"
                + " questions removed, renamed or added, changed IRIs, pass marks, SCOs/AUs, suspend-data layout.",
        footerHeading = "%nExamples:%n",
        footer = {"  parcours diff ../course-v1 course/",
                "  parcours diff v1.0.0 HEAD --fail-on breaking",
                "  parcours diff origin/main HEAD --report markdown > diff.md"})
final class DiffCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The report's shape: text lines, a JSON document, or Markdown for a pull-request comment. */
    enum Report {
        TEXT, JSON, MARKDOWN;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Which changes make the exit code 1. */
    enum FailOn {
        NEVER, BREAKING, ANY;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The old version: a course folder or a git ref (tag, branch, commit).")
    String before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new version: a course folder or a git ref.")
    String after;

    @Option(names = "--course", paramLabel = "PATH",
            description = "For git refs: the course folder inside the repository. Default: course/ if it holds course.yaml, else the root.")
    String coursePath;

    @Option(names = "--report", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Report report;

    @Option(names = "--fail-on", paramLabel = "WHAT", defaultValue = "never",
            description = "Exit 1 when there is a change of this kind: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    FailOn failOn;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        Path scratch = Files.createTempDirectory("parcours-diff-");
        try {
            Optional<Course> old = load(before, scratch);
            Optional<Course> now = load(after, scratch);
            if (old.isEmpty() || now.isEmpty()) return Main.EXIT_ERRORS;
            List<Change> changes = CourseDiff.between(old.get(), now.get());
            PrintWriter out = spec.commandLine().getOut();
            switch (output.json ? Report.JSON : report) {
                case JSON -> out.println(json(changes));
                case MARKDOWN -> out.print(markdown(changes));
                case TEXT -> out.print(text(changes));
            }
            out.flush();
            boolean breaking = changes.stream().anyMatch(Change::breaking);
            return switch (failOn) {
                case NEVER -> 0;
                case BREAKING -> breaking ? Main.EXIT_ERRORS : 0;
                case ANY -> changes.isEmpty() ? 0 : Main.EXIT_ERRORS;
            };
        } finally {
            delete(scratch);
        }
    }

    private Optional<Course> load(String version, Path scratch) {
        Path dir = Versions.resolve(version, Optional.ofNullable(coursePath), scratch).orElseThrow(() ->
                new picocli.CommandLine.ParameterException(spec.commandLine(),
                        Main.say(spec, "'%s' is neither a course folder nor a git ref of the repository here", version)));
        Result<Course> r = Parcours.check(dir, version);
        if (r.hasErrors()) {
            // a version that does not load cannot be compared: its errors, as `check` prints them
            new DiagnosticPrinter(spec.commandLine().getErr(), output, Main.lang(spec))
                    .text(r.diagnostics().stream().filter(Diagnostic::isError).toList());
            spec.commandLine().getErr().println("parcours: " + Main.say(spec, "%s has errors: run `parcours check` on it", version));
            spec.commandLine().getErr().flush();
            return Optional.empty();
        }
        return r.value();
    }

    private String text(List<Change> changes) {
        Lang lang = Main.lang(spec);
        StringBuilder sb = new StringBuilder();
        for (Change c : changes) {
            sb.append(Text.of("%s: %s %s: %s", c.breaking() ? Text.of("breaking") : Text.of("notice"), c.subjectText(),
                    c.kind().label(), transition(c)).in(lang));
            sb.append(c.title().isEmpty() ? "" : " « " + c.title() + " »").append('\n');
            sb.append("    ").append(Text.of("learners lose: %s", c.learnersLose()).in(lang)).append('\n');
        }
        if (!output.quiet) sb.append(Text.of("%s → %s: %s, %d breaking", before, after, count(changes.size()),
                changes.stream().filter(Change::breaking).count()).in(lang)).append('\n');
        return sb.toString();
    }

    private static Text count(long n) {
        return n == 1 ? Text.of("%d change", n) : Text.of("%d changes", n);
    }

    private static String transition(Change c) {
        if (c.before().isEmpty()) return c.after();
        if (c.after().isEmpty()) return c.before();
        return c.before() + " → " + c.after();
    }

    private String json(List<Change> changes) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("old", before);
        root.put("new", after);
        root.put("breaking", changes.stream().filter(Change::breaking).count());
        var list = root.putArray("changes");
        for (Change c : changes) {
            list.addObject().put("kind", c.kind().toString()).put("subject", c.subject()).put("title", c.title())
                    .put("old", c.before()).put("new", c.after()).put("breaking", c.breaking())
                    .put("learnersLose", c.learnersLose().in(Main.lang(spec)));
        }
        return JSON.writeValueAsString(root);
    }

    private String markdown(List<Change> changes) {
        Lang lang = Main.lang(spec);
        long breaking = changes.stream().filter(Change::breaking).count();
        StringBuilder sb = new StringBuilder("### Parcours: `").append(before).append("` → `").append(after).append("`\n\n");
        if (changes.isEmpty()) return sb.append(Text.of("No change that matters to an LMS or its learners.").in(lang)).append('\n').toString();
        sb.append(Text.of("%s, **%d breaking**", count(changes.size()), breaking).in(lang))
                .append(breaking > 0 ? Text.of(": learners will lose progress if this version replaces the old one in an LMS.").in(lang) : ".")
                .append("\n\n| | ").append(Text.of("change").in(lang)).append(" | ").append(Text.of("title").in(lang))
                .append(" | ").append(Text.of("old").in(lang)).append(" | ").append(Text.of("new").in(lang)).append(" | ")
                .append(Text.of("learners lose").in(lang)).append(" |\n|---|---|---|---|---|---|\n");
        for (Change c : changes) {
            sb.append("| ").append(c.breaking() ? "⚠️ " + Text.of("breaking").in(lang) : Text.of("notice").in(lang)).append(" | ")
                    .append(Text.of("%s %s", c.subjectText(), c.kind().label()).in(lang)).append(" | ").append(cell(c.title()))
                    .append(" | ").append(code(c.before())).append(" | ").append(code(c.after())).append(" | ")
                    .append(cell(c.learnersLose().in(lang))).append(" |\n");
        }
        return sb.toString();
    }

    private static String code(String s) {
        return s.isEmpty() ? "" : "`" + s.replace("`", "'") + "`";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static void delete(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the scratch folder " + dir, e);
        }
    }
}

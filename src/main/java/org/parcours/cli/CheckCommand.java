package org.parcours.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parcours.Parcours;
import org.parcours.diag.Diagnostic;
import org.parcours.diag.Result;
import org.parcours.format.Formats;
import org.parcours.model.Course;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Reads a course folder and reports every problem in it, without building anything.",
        footerHeading = "%nExamples:%n",
        footer = {"  parcours check course/", "  parcours check --json course/ > diagnostics.json",
                "  parcours check --strict --report sarif course/ > parcours.sarif"})
final class CheckCommand implements Callable<Integer> {
    /** What check prints: text lines or a JSON document. */
    enum Output {
        TEXT, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Spec
    CommandSpec spec;

    private final Formats registry;

    CheckCommand(Formats registry) {
        this.registry = registry;
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The course folder (the one that holds course.yaml). Default: the current folder.")
    Path dir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Output format;

    @Option(names = "--report", paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (JUnit XML and SARIF 2.1.0 for CI servers). Default: text, or json with --format json.")
    ReportFormat report;

    @Option(names = "--strict", description = "Warnings fail too (exit 1), as errors do.")
    boolean strict;

    @Option(names = "--typography",
            description = "French courses: also warn (T301) where the sources lack the no-break spaces that the player "
                    + "puts in itself ('parcours fmt' writes them).")
    boolean typography;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Main.requireExisting(spec, dir);
        ReportFormat chosen = report != null ? report
                : output.json || format == Output.JSON ? ReportFormat.JSON : ReportFormat.TEXT;
        Result<Course> result = Parcours.check(dir, dir.toString(), registry);
        if (typography && result.value().isPresent()) {
            List<Diagnostic> all = new ArrayList<>(result.diagnostics());
            all.addAll(Parcours.fmt(dir, dir.toString(), false).diagnostics());
            result = new Result<>(result.value(), all);
        }
        DiagnosticPrinter printer = new DiagnosticPrinter(spec.commandLine().getOut(), output, Main.lang(spec));
        var problems = result.diagnostics().stream().map(Problem::of).toList();
        switch (chosen) {
            case JSON -> printer.print(printer.json(result.diagnostics()));
            case JUNIT -> printer.line(ReportFormats.junit("parcours check " + dir, "course", "course has no problem", problems));
            case SARIF -> printer.line(Sarif.log(VersionProvider.version(), Sarif.courseRules(), problems));
            case TEXT -> {
                printer.text(result.diagnostics());
                if (output.verbose) result.value().ifPresent(c -> spec.commandLine().getOut().println(outline(c).in(Main.lang(spec))));
                printer.summary(dir.toString(), result.diagnostics());
            }
        }
        return Main.exitCode(result.hasErrors(), strict && !result.diagnostics().isEmpty());
    }

    private static org.parcours.i18n.Text outline(Course c) {
        long questions = c.quizzes().stream().mapToLong(q -> q.questions().size()).sum();
        long words = c.lessons().stream().mapToLong(l -> l.body().words()).sum();
        return org.parcours.i18n.Text.of("%s (%s, %s): %d parts, %d lessons (%d words), %d pages, %d quizzes (%d questions), %d assets",
                c.title(), c.iri(), c.language(), c.parts().size(), c.lessons().size(), words, c.pages().size(),
                c.quizzes().size(), questions, c.assets().size());
    }
}

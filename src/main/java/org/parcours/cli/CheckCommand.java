package org.parcours.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parcours.Parcours;
import org.parcours.diag.Result;
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
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The course folder (the one that holds course.yaml). Default: the current folder.")
    Path dir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--report", paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (JUnit XML and SARIF 2.1.0 for CI servers). Default: text.")
    ReportFormat report;

    @Option(names = "--strict", description = "Warnings fail too (exit 1), as errors do.")
    boolean strict;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("text")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format must be text or json, not '" + format + "'");
        }
        ReportFormat chosen = report != null ? report
                : output.json || format.equals("json") ? ReportFormat.json : ReportFormat.text;
        Result<Course> result = Parcours.check(dir, dir.toString());
        DiagnosticPrinter printer = new DiagnosticPrinter(spec.commandLine().getOut(), output);
        var problems = result.diagnostics().stream().map(Problem::of).toList();
        switch (chosen) {
            case json -> printer.print(printer.json(result.diagnostics()));
            case junit -> printer.line(ReportFormats.junit("parcours check " + dir, "course", "course has no problem", problems));
            case sarif -> printer.line(Sarif.log(VersionProvider.version(), Sarif.courseRules(), problems));
            case text -> {
                printer.text(result.diagnostics());
                if (output.verbose) result.value().ifPresent(c -> spec.commandLine().getOut().println(outline(c)));
                printer.summary(dir.toString(), result.diagnostics());
            }
        }
        return Main.exitCode(result.hasErrors(), strict && !result.diagnostics().isEmpty());
    }

    private static String outline(Course c) {
        long questions = c.quizzes().stream().mapToLong(q -> q.questions().size()).sum();
        long words = c.lessons().stream().mapToLong(l -> l.body().words()).sum();
        return String.format("%s (%s, %s): %d parts, %d lessons (%d words), %d pages, %d quizzes (%d questions), %d assets",
                c.title(), c.iri(), c.language(), c.parts().size(), c.lessons().size(), words, c.pages().size(),
                c.quizzes().size(), questions, c.assets().size());
    }
}

package org.parcours.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parcours.Parcours;
import org.parcours.validate.Finding;
import org.parcours.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a package (zip or folder) from any tool against its standard: SCORM 1.2, xAPI (TinCan) or cmi5.",
        footerHeading = "%nExamples:%n",
        footer = {"  parcours validate course-1.0.0-scorm12.zip",
                "  parcours validate --report junit package.zip > validation.xml",
                "  parcours validate --strict --report sarif package.zip > validation.sarif"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PACKAGE", description = "A package: .zip file or unpacked folder.")
    Path pkg;

    @Option(names = "--report", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (JUnit XML and SARIF 2.1.0 for CI servers). Default: ${DEFAULT-VALUE}.")
    ReportFormat report;

    @Option(names = "--strict", description = "Warnings fail too (exit 1), as errors do.")
    boolean strict;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Main.requireExisting(spec, pkg);
        ReportFormat format = output.json ? ReportFormat.JSON : report;
        ValidationReport r = Parcours.validate(pkg);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> out.println(ReportFormats.json(r));
            case JUNIT -> out.println(ReportFormats.junit(r));
            case SARIF -> out.println(Sarif.log(VersionProvider.version(), Sarif.packageRules(),
                    r.findings().stream().map(f -> Problem.of(pkg.toString(), f)).toList()));
            case TEXT -> {
                for (Finding f : r.findings()) {
                    if (!output.quiet || f.isError()) out.println(f.headline(r.packageName(), Main.lang(spec)));
                }
                if (!output.quiet) {
                    DiagnosticPrinter counts = new DiagnosticPrinter(out, output, Main.lang(spec));
                    out.println(Main.say(spec, "%s: %s, %d files, %d bytes: %s, %s", r.packageName(), r.standard().label(),
                            r.entries(), r.bytes(), counts.errors(r.errorCount()),
                            counts.warnings(r.findings().size() - r.errorCount())));
                }
            }
        }
        out.flush();
        return Main.exitCode(r.hasErrors(), strict && !r.findings().isEmpty());
    }
}

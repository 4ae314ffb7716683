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
                "  parcours validate --report junit package.zip > validation.xml"})
final class ValidateCommand implements Callable<Integer> {
    /** The report's shape: text lines, a JSON document, or JUnit XML for CI servers. */
    enum Report {
        TEXT, JSON, JUNIT;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PACKAGE", description = "A package: .zip file or unpacked folder.")
    Path pkg;

    @Option(names = "--report", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Report report;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Main.requireExisting(spec, pkg);
        Report format = output.json ? Report.JSON : report;
        ValidationReport r = Parcours.validate(pkg);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> out.println(ReportFormats.json(r));
            case JUNIT -> out.println(ReportFormats.junit(r));
            default -> {
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
        return r.hasErrors() ? Main.EXIT_ERRORS : 0;
    }
}

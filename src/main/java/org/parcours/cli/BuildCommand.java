package org.parcours.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parcours.BuildRequest;
import org.parcours.Parcours;
import org.parcours.diag.Result;
import org.parcours.format.Formats;
import org.parcours.model.Structure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Checks a course, then builds its packages (a zip per format, with a .sha256 file beside it).",
        footerHeading = "%nExamples:%n",
        footer = {"  parcours build course/",
                "  parcours build course/ --format scorm12 --sco lesson --out dist/",
                "  SOURCE_DATE_EPOCH=1767225600 parcours build course/ --format web,xapi,cmi5",
                "",
                "Zip entries are stamped with SOURCE_DATE_EPOCH when set, else the course's 'date',",
                "so that the same sources always give the same bytes."})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final Formats registry;

    BuildCommand(Formats registry) {
        this.registry = registry;
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The course folder. Default: the current folder.")
    Path dir;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            converter = FormatChoice.class, completionCandidates = FormatChoice.class,
            description = "Formats to build: ${COMPLETION-CANDIDATES} (comma-separated). Default: course.yaml's build.formats, else all.")
    List<String> formats = List.of();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "target/dist",
            description = "Output folder. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--sco", paramLabel = "STRUCTURE",
            description = "SCORM structure (${COMPLETION-CANDIDATES}): one SCO for the course (single) or one per lesson and quiz (lesson).")
    Structure sco;

    @Option(names = "--au", paramLabel = "STRUCTURE",
            description = "cmi5 structure (${COMPLETION-CANDIDATES}): one AU for the course (single) or one per lesson and quiz (lesson).")
    Structure au;

    @Option(names = "--strict", description = "Warnings fail too (exit 1), as errors do; the packages are still written.")
    boolean strict;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Main.requireExisting(spec, dir);
        Optional<LocalDateTime> epoch;
        try {
            epoch = sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Main.say(spec,
                    "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not '%s'", e.getMessage()));
        }
        PrintWriter err = spec.commandLine().getErr();
        BuildRequest request = new BuildRequest(formats, out, Optional.ofNullable(sco), Optional.ofNullable(au), epoch);
        PrintWriter o = spec.commandLine().getOut();
        Result<List<Path>> result = Parcours.build(dir, dir.toString(), request, registry, line -> {
            if (output.progress()) {
                err.println(line.in(Main.lang(spec)) + "…");
                err.flush();
            }
        }, note -> {
            if (output.verbose && !output.json) o.println(note);
        });
        DiagnosticPrinter printer = new DiagnosticPrinter(spec.commandLine().getOut(), output, Main.lang(spec));
        if (output.json) {
            var node = printer.json(result.diagnostics());
            var files = node.putArray("files");
            result.value().orElse(List.of()).forEach(p -> files.add(p.toString()));
            printer.print(node);
        } else {
            printer.text(result.diagnostics());
            if (!output.quiet) result.value().orElse(List.of()).forEach(p -> o.println(wrote(p).in(Main.lang(spec))));
            printer.summary(dir.toString(), result.diagnostics());
        }
        return Main.exitCode(result.hasErrors(), strict && !result.diagnostics().isEmpty());
    }

    private org.parcours.i18n.Text wrote(Path p) {
        if (!output.verbose) return org.parcours.i18n.Text.of("wrote %s", p);
        try {
            return java.nio.file.Files.isRegularFile(p)
                    ? org.parcours.i18n.Text.of("wrote %s (%,d bytes, sha256 %s)", p, java.nio.file.Files.size(p), org.parcours.pack.ZipPacker.sha256(p))
                    : org.parcours.i18n.Text.of("wrote %s", p + "/");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The zip timestamp from SOURCE_DATE_EPOCH (reproducible-builds.org: a whole number of seconds); unset or
     * empty means none. A malformed value is refused (IllegalArgumentException carrying it), never ignored: a
     * release pipeline that sets it wants reproducible bytes, not a silent fallback.
     */
    static Optional<LocalDateTime> sourceDateEpoch(String v) {
        if (v == null || v.isEmpty()) return Optional.empty();
        try {
            long seconds = Long.parseLong(v);
            if (seconds < 0) throw new IllegalArgumentException(v);
            return Optional.of(LocalDateTime.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new IllegalArgumentException(v);
        }
    }
}

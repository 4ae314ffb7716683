package org.parcours;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostic;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.Result;
import org.parcours.diag.SourcePos;
import org.parcours.format.BuildOptions;
import org.parcours.format.Format;
import org.parcours.format.Formats;
import org.parcours.i18n.Text;
import org.parcours.model.Course;
import org.parcours.pack.FolderWriter;
import org.parcours.pack.Publisher;
import org.parcours.pack.ZipPacker;
import org.parcours.tree.FileTree;
import org.parcours.validate.Finding;
import org.parcours.validate.PackageValidator;
import org.parcours.validate.ValidationReport;

/**
 * The build of a checked course, format by format: format → zip (staged) → validate → publish. A package is
 * published only when the validator finds no error in it and recognises in it the standard its format declares
 * ({@link Format#standard()}): Parcours' packages are judged exactly as a stranger's. Staging, checksums and
 * atomic moves belong to pack/.
 */
final class BuildLoop {
    /** Zip entries need some date; this one is used when the course gives none, so builds stay reproducible. */
    static final LocalDate FALLBACK_DATE = LocalDate.of(2000, 1, 1);

    private final Course course;
    private final BuildRequest request;
    private final Formats registry;
    private final Consumer<Text> progress;
    private final Consumer<String> notes;
    private final Diagnostics diags = new Diagnostics();
    private final List<Diagnostic> formatDiagnostics = new ArrayList<>();
    private final List<Path> written = new ArrayList<>();

    BuildLoop(Course course, BuildRequest request, Formats registry, Consumer<Text> progress, Consumer<String> notes) {
        this.course = course;
        this.request = request;
        this.registry = registry;
        this.progress = progress;
        this.notes = notes;
    }

    Result<List<Path>> run() {
        List<String> formats = request.formats().isEmpty() ? course.settings().build().formats() : request.formats();
        BuildOptions options = new BuildOptions(request.sco().orElse(course.settings().build().sco()),
                request.au().orElse(course.settings().build().au()));
        LocalDateTime time = request.timestamp().orElse(
                Optional.ofNullable(course.metadata().date()).orElse(FALLBACK_DATE).atStartOfDay());
        Path staging = request.out().resolve(".staging");
        for (String name : formats) {
            Optional<Format> format = registry.named(name);
            if (format.isEmpty()) {
                diags.error(Code.UNKNOWN_FORMAT, new SourcePos("--format", 0, 0), "no package format '%s' is available", name)
                        .hint("%s", registry.hint());
                continue;
            }
            build(format.get(), options, staging, time);
        }
        deleteIfEmpty(staging);
        if (!written.isEmpty()) written.add(org.parcours.pack.Checksums.writeSums(request.out()));
        List<Diagnostic> all = new ArrayList<>(diags.list());
        all.addAll(formatDiagnostics);
        boolean failed = all.stream().anyMatch(Diagnostic::isError);
        return new Result<>(failed ? Optional.empty() : Optional.of(List.copyOf(written)), all);
    }

    private void build(Format format, BuildOptions options, Path staging, LocalDateTime time) {
        progress.accept(Text.of("building %s", format.name()));
        Result<FileTree> tree = format.build(course, options, note -> notes.accept(format.name() + ": " + note));
        formatDiagnostics.addAll(tree.diagnostics());
        if (tree.hasErrors()) return;
        String name = course.id() + "-" + fileSafe(course.metadata().version()) + "-" + format.name();
        Path staged = ZipPacker.write(tree.value().orElseThrow(), staging.resolve(name + ".zip"), time);
        progress.accept(Text.of("validating %s", name + ".zip"));
        ValidationReport report = PackageValidator.validate(staged);
        if (report.hasErrors() || report.standard() != format.standard()) {
            Publisher.discard(staged);
            if (report.standard() != format.standard()) {
                diags.error(Code.INVALID_PACKAGE, SourcePos.file(name + ".zip"), "%s: the validator sees a %s, not a %s",
                        name + ".zip", report.standard().label(), format.standard().label());
            }
            for (Finding f : report.findings()) {
                if (f.isError()) diags.error(Code.INVALID_PACKAGE, SourcePos.file(name + ".zip"), "%s: %s %s: %s",
                        f.where(name + ".zip"), f.severity().word(), f.code(), f.text());
            }
            return;
        }
        written.add(Publisher.publish(staged, request.out().resolve(name + ".zip")));
        if (format.alsoAsFolder()) {
            written.add(FolderWriter.write(tree.value().orElseThrow(), request.out().resolve(name)));
        }
    }

    private static String fileSafe(String version) {
        return version.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    private static void deleteIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException e) {
            // a staged file of a failed format is still there: leave it for inspection
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

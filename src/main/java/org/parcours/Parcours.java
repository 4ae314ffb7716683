package org.parcours;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.parcours.check.CourseChecker;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.Result;
import org.parcours.diag.SourcePos;
import org.parcours.load.CourseLoader;
import org.parcours.model.Course;
import org.parcours.pack.FolderWriter;
import org.parcours.pack.Publisher;
import org.parcours.pack.ZipPacker;
import org.parcours.format.BuildOptions;
import org.parcours.format.Format;
import org.parcours.format.Formats;
import org.parcours.tree.FileTree;
import org.parcours.validate.Finding;
import org.parcours.validate.PackageValidator;
import org.parcours.validate.Standard;
import org.parcours.validate.ValidationReport;

/** The front door: check, build and validate, each returning values that the CLI (or a test) prints. */
public final class Parcours {
    /** Zip entries need some date; this one is used when the course gives none, so builds stay reproducible. */
    static final LocalDate FALLBACK_DATE = LocalDate.of(2000, 1, 1);

    private Parcours() {}

    /** Load and check a course folder. {@code display} is how its path appears in diagnostics. */
    public static Result<Course> check(Path dir, String display) {
        return check(dir, display, Formats.builtIn());
    }

    /** As above, for a course whose {@code build.formats} may name any format of {@code formats}. */
    public static Result<Course> check(Path dir, String display, Formats formats) {
        return CourseLoader.load(dir, display, formats.names()).then(CourseChecker::check);
    }

    /** Builds every requested format; returns the files written. Nothing is written for a course with errors. */
    public static Result<List<Path>> build(Path dir, String display, BuildRequest request, Consumer<String> progress) {
        return build(dir, display, request, progress, note -> {});
    }

    /** As above; {@code notes} receives each target's remarks on what it built ("scorm12: …"), for verbose output. */
    public static Result<List<Path>> build(Path dir, String display, BuildRequest request, Consumer<String> progress,
                                           Consumer<String> notes) {
        return build(dir, display, request, Formats.builtIn(), progress, notes);
    }

    /** As above, choosing among {@code registry}'s formats. */
    public static Result<List<Path>> build(Path dir, String display, BuildRequest request, Formats registry,
                                           Consumer<String> progress, Consumer<String> notes) {
        Result<Course> checked = check(dir, display, registry);
        if (checked.hasErrors()) return new Result<>(Optional.empty(), checked.diagnostics());
        Optional<String> inside = OutputFolder.insideCourse(dir, request.out());
        if (inside.isPresent()) {
            Diagnostics d = new Diagnostics();
            d.error(Code.OUT_INSIDE_COURSE, SourcePos.file("--out"), "output folder '%s' is inside the course's %s:"
                    + " the next build would package this build's files", request.out(), inside.get());
            List<org.parcours.diag.Diagnostic> all = new ArrayList<>(checked.diagnostics());
            all.addAll(d.list());
            return new Result<>(Optional.empty(), all);
        }
        return checked.then(course -> buildChecked(course, request, registry, progress, notes));
    }

    private static Result<List<Path>> buildChecked(Course course, BuildRequest request, Formats registry,
                                                   Consumer<String> progress, Consumer<String> notes) {
        Diagnostics diags = new Diagnostics();
        List<String> formats = request.formats().isEmpty() ? course.settings().build().formats() : request.formats();
        BuildOptions options = new BuildOptions(request.sco().orElse(course.settings().build().sco()),
                request.au().orElse(course.settings().build().au()));
        LocalDateTime time = request.timestamp().orElse(
                Optional.ofNullable(course.metadata().date()).orElse(FALLBACK_DATE).atStartOfDay());
        Path staging = request.out().resolve(".staging");
        List<Path> written = new ArrayList<>();
        List<Result<?>> stages = new ArrayList<>();
        for (String format : formats) {
            Optional<Format> target = registry.named(format);
            if (target.isEmpty()) {
                diags.error(Code.UNKNOWN_FORMAT, new SourcePos("--format", 0, 0), "no package format '%s' is available", format)
                        .hint("%s", registry.hint());
                continue;
            }
            progress.accept("building " + format);
            Result<FileTree> tree = target.get().build(course, options, note -> notes.accept(format + ": " + note));
            stages.add(tree);
            if (tree.hasErrors()) continue;
            String name = course.id() + "-" + fileSafe(course.metadata().version()) + "-" + format;
            Path staged = ZipPacker.write(tree.value().orElseThrow(), staging.resolve(name + ".zip"), time);
            progress.accept("validating " + name + ".zip");
            ValidationReport report = PackageValidator.validate(staged);
            // until the validator recognises plain web packages, their findings say only that no manifest is there
            if (report.hasErrors() && target.get().standard() != Standard.UNKNOWN) {
                Publisher.discard(staged);
                for (Finding f : report.findings()) {
                    if (f.isError()) diags.error(Code.INVALID_PACKAGE, SourcePos.file(name + ".zip"), "%s: %s %s: %s",
                            f.where(name + ".zip"), f.severity().word(), f.code(), f.text());
                }
                continue;
            }
            written.add(Publisher.publish(staged, request.out().resolve(name + ".zip")));
            if (target.get().alsoAsFolder()) {
                written.add(FolderWriter.write(tree.value().orElseThrow(), request.out().resolve(name)));
            }
        }
        deleteIfEmpty(staging);
        List<org.parcours.diag.Diagnostic> all = new ArrayList<>(diags.list());
        stages.forEach(r -> all.addAll(r.diagnostics()));
        boolean failed = all.stream().anyMatch(org.parcours.diag.Diagnostic::isError);
        return new Result<>(failed ? Optional.empty() : Optional.of(List.copyOf(written)), all);
    }

    public static ValidationReport validate(Path pkg) {
        return PackageValidator.validate(pkg);
    }

    private static String fileSafe(String version) {
        return version.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    private static void deleteIfEmpty(Path dir) {
        try {
            java.nio.file.Files.deleteIfExists(dir);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // a staged file of a failed format is still there: leave it for inspection
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

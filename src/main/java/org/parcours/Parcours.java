package org.parcours;

import java.nio.file.Path;
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
import org.parcours.format.Formats;
import org.parcours.tree.FileTree;
import org.parcours.typography.SourceFormatter;
import org.parcours.validate.Finding;
import org.parcours.validate.PackageValidator;
import org.parcours.validate.ValidationReport;

/** The front door: check, build and validate, each returning values that the CLI (or a test) prints. */
public final class Parcours {
    private Parcours() {}

    /** Load and check a course folder. {@code display} is how its path appears in diagnostics. */
    public static Result<Course> check(Path dir, String display) {
        return check(dir, display, Formats.builtIn());
    }

    /** As above, for a course whose {@code build.formats} may name any format of {@code formats}. */
    public static Result<Course> check(Path dir, String display, Formats formats) {
        return CourseLoader.load(dir, display, formats.names()).then(CourseChecker::check);
    }

    /**
     * Writes French typography into a French course's sources ({@code write}), or reports as T301 warnings each
     * line it would change. The value lists the files changed (or to change). Only course.yaml must load: the
     * other problems of the course are {@code check}'s to report.
     */
    public static Result<List<String>> fmt(Path dir, String display, boolean write) {
        Result<Course> loaded = CourseLoader.load(dir, display);
        if (loaded.value().isEmpty()) return new Result<>(Optional.empty(), loaded.diagnostics());
        return SourceFormatter.run(loaded.value().get(), write);
    }

    /** Builds every requested format; returns the files written. Nothing is written for a course with errors. */
    public static Result<List<Path>> build(Path dir, String display, BuildRequest request, Consumer<org.parcours.i18n.Text> progress) {
        return build(dir, display, request, progress, note -> {});
    }

    /** As above; {@code notes} receives each target's remarks on what it built ("scorm12: …"), for verbose output. */
    public static Result<List<Path>> build(Path dir, String display, BuildRequest request, Consumer<org.parcours.i18n.Text> progress,
                                           Consumer<String> notes) {
        return build(dir, display, request, Formats.builtIn(), progress, notes);
    }

    /** As above, choosing among {@code registry}'s formats. */
    public static Result<List<Path>> build(Path dir, String display, BuildRequest request, Formats registry,
                                           Consumer<org.parcours.i18n.Text> progress, Consumer<String> notes) {
        Result<Course> checked = check(dir, display, registry);
        if (checked.hasErrors()) return new Result<>(Optional.empty(), checked.diagnostics());
        Optional<org.parcours.i18n.Text> inside = OutputFolder.insideCourse(dir, request.out());
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
                                                   Consumer<org.parcours.i18n.Text> progress, Consumer<String> notes) {
        return new BuildLoop(course, request, registry, progress, notes).run();
    }

    public static ValidationReport validate(Path pkg) {
        return PackageValidator.validate(pkg);
    }
}

package org.parcours.load;

import org.parcours.i18n.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.Result;
import org.parcours.diag.SourcePos;
import org.parcours.model.Asset;
import org.parcours.model.Body;
import org.parcours.model.Course;
import org.parcours.model.Id;
import org.parcours.model.Lesson;
import org.parcours.model.Page;
import org.parcours.model.Part;
import org.parcours.model.Quiz;
import org.parcours.model.Structure;
import org.parcours.format.Formats;

/**
 * Loads a course folder into the model. Every problem becomes a diagnostic and loading goes on, so one run
 * reports them all; the course is returned whenever course.yaml could be read, even with errors elsewhere.
 */
public final class CourseLoader {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)-(.*)$");
    private static final Pattern IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$");
    private static final Pattern COLOR = Pattern.compile("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$");
    private static final Pattern ASSET_NAME = Pattern.compile("^[A-Za-z0-9._-]+$");

    private final Path root;
    private final String display;
    private final List<String> formats;
    private final Diagnostics diags = new Diagnostics();
    private final java.util.Set<String> refused = new java.util.HashSet<>();

    private CourseLoader(Path root, String display, List<String> formats) {
        this.root = root;
        this.formats = List.copyOf(formats);
        this.display = display.endsWith("/") ? display.substring(0, display.length() - 1) : display;
    }

    /**
     * Loads the course in {@code root}; paths in diagnostics are shown as {@code display/…}. {@code formats} are
     * the names of the package formats that course.yaml's {@code build.formats} may list (the registry's).
     */
    public static Result<Course> load(Path root, String display, List<String> formats) {
        return new CourseLoader(root, display, formats).load();
    }

    /** As above, with the built-in formats. */
    public static Result<Course> load(Path root, String display) {
        return load(root, display, Formats.builtIn().names());
    }

    public static Result<Course> load(Path root) {
        return load(root, MarkdownBody.display(root));
    }

    private Result<Course> load() {
        CourseFiles.Kind courseYaml = CourseFiles.kindOf(root.resolve("course.yaml"));
        if (courseYaml == CourseFiles.Kind.LINK || courseYaml == CourseFiles.Kind.SPECIAL) {
            refuse("course.yaml", courseYaml);
            return Result.failed(diags);
        }
        if (courseYaml != CourseFiles.Kind.FILE) {
            diags.error(Code.NO_COURSE, SourcePos.file(show("course.yaml")),
                    Files.isDirectory(root) ? "no course.yaml in this folder" : "folder not found");
            return Result.failed(diags);
        }
        Optional<Fields> course = yamlFile("course.yaml", "course.yaml");
        if (course.isEmpty()) {
            scanForOtherProblems();
            return Result.failed(diags);
        }
        Fields f = course.get();
        String iri = f.requiredText("id").filter(v -> checkIri(v, f.posOf("id"))).orElse("urn:parcours:invalid");
        String title = f.requiredText("title").orElse("");
        String language = f.requiredText("language").filter(v -> check(LANGUAGE.matcher(v).matches(), f.posOf("language"),
                Text.of("'language' must be a BCP 47 tag such as 'fr' or 'en-GB', found '%s'", v))).orElse("en");
        String version = f.requiredText("version").orElse("0");
        LocalDate date = f.text("date").flatMap(v -> parseDate(v, f.posOf("date"))).orElse(null);
        String description = f.text("description").orElse("");
        String publisher = f.text("publisher").orElse("");
        List<String> authors = f.texts("authors");
        String licence = f.text("licence").orElse("");
        List<String> keywords = f.texts("keywords");
        int minutes = f.integer("minutes", 0, 100_000).map(Long::intValue).orElse(0);
        int passingScore = f.integer("passingScore", 0, 100).map(Long::intValue).orElse(0);
        boolean lock = f.bool("lockAssessment").orElse(false);
        Course.Theme theme = theme(f.map("theme"));
        Course.BuildDefaults build = buildDefaults(f.map("build"));
        f.finish();

        Id courseId = new Id(Id.slugify(lastSegment(iri)));
        Optional<Page> intro = isFile("intro.md")
                ? page("intro.md", new Id("intro")) : Optional.empty();
        List<Part> parts = parts(passingScore);
        Optional<Quiz> assessment = isFile("assessment.yaml")
                ? quiz("assessment.yaml", new Id("assessment"), passingScore, true) : Optional.empty();
        List<Page> appendices = appendices();
        List<Asset> assets = assets();
        refuseLinksUnder("theme");
        refuseLinksUnder("templates");
        reportStrayTopLevel();

        Course.Metadata meta = new Course.Metadata(title, language, version, date, description, publisher, authors,
                licence, keywords, minutes);
        Course model = new Course(iri, courseId, meta, new Course.Settings(passingScore, lock, theme, build),
                intro, parts, assessment, appendices, assets, root, SourcePos.file(show("course.yaml")));
        return Result.of(model, diags);
    }

    private List<Part> parts(int passingScore) {
        List<Part> parts = new ArrayList<>();
        for (Path dir : list(root)) {
            String name = dir.getFileName().toString();
            if (!Files.isDirectory(dir) || !NUMBERED.matcher(name).matches()) continue;
            Matcher m = NUMBERED.matcher(name);
            m.matches();
            String slug = checkedSlug(m.group(2), m.group(1) + "-", name, Text.of("folder"));
            boolean hasPartYaml = isFile(name + "/part.yaml");
            Optional<Fields> pf = hasPartYaml ? yamlFile(name + "/part.yaml", Text.of("part.yaml of %s", name)) : Optional.empty();
            if (!hasPartYaml && CourseFiles.kindOf(dir.resolve("part.yaml")) == CourseFiles.Kind.MISSING) {
                diags.error(Code.MISSING_FIELD, SourcePos.file(show(name + "/part.yaml")), "part folder '%s' has no part.yaml", name)
                        .hint("create %s/part.yaml with at least 'title: …'", name);
            }
            Id id = pf.flatMap(p -> slugKey(p, "id")).orElse(new Id(slug));
            String title = pf.flatMap(p -> p.requiredText("title")).orElse(name);
            String summary = pf.flatMap(p -> p.text("summary")).orElse("");
            List<String> objectives = pf.map(p -> p.texts("objectives")).orElse(List.of());
            pf.ifPresent(Fields::finish);

            List<Lesson> lessons = new ArrayList<>();
            Optional<Quiz> quiz = Optional.empty();
            for (Path file : list(dir)) {
                String fname = file.getFileName().toString();
                String rel = name + "/" + fname;
                if (fname.equals("part.yaml") || fname.startsWith(".")) continue;
                if (fname.equals("quiz.yaml")) {
                    quiz = quiz(rel, new Id(id.value() + "-quiz"), passingScore, false);
                } else if (fname.endsWith(".md") && isFile(rel)) {
                    lesson(rel, fname).ifPresent(lessons::add);
                } else {
                    stray(rel);
                }
            }
            if (lessons.isEmpty()) {
                diags.error(Code.EMPTY_PART, SourcePos.file(show(name + "/part.yaml")), "part '%s' has no lessons", name);
            }
            parts.add(new Part(id, parts.size() + 1, title, summary, objectives, lessons, quiz, name,
                    SourcePos.file(show(name + "/part.yaml"))));
        }
        return parts;
    }

    private Optional<Lesson> lesson(String rel, String fname) {
        String base = fname.substring(0, fname.length() - 3);
        Matcher m = NUMBERED.matcher(base);
        String slug = m.matches() ? checkedSlug(m.group(2), m.group(1) + "-", rel, Text.of("file"))
                : checkedSlug(base, "", rel, Text.of("file"));
        Optional<Document> doc = document(rel);
        if (doc.isEmpty()) {
            // Keep the lesson (its problem is reported) so that links and quizzes pointing at it do not fail too.
            return Optional.of(new Lesson(new Id(slug), base, 0, List.of(), Body.unreadable(), rel, new SourcePos(show(rel), 1, 1)));
        }
        Fields f = doc.get().fields;
        Id id = slugKey(f, "id").orElse(new Id(slug));
        String title = f.requiredText("title").orElse(base);
        int minutes = f.integer("minutes", 0, 1000).map(Long::intValue)
                .orElse(Math.max(1, Math.round(doc.get().body.words() / 180f)));
        List<String> objectives = f.texts("objectives");
        f.finish();
        Body body = doc.get().body;
        SourcePos pos = new SourcePos(show(rel), 1, 1);
        if (body.isEmpty()) {
            diags.error(Code.EMPTY_LESSON, new SourcePos(show(rel), doc.get().bodyLine, 1), "lesson '%s' has no content", title);
        }
        return Optional.of(new Lesson(id, title, minutes, objectives, body, rel, pos));
    }

    private Optional<Page> page(String rel, Id id) {
        Optional<Document> doc = document(rel);
        if (doc.isEmpty()) return Optional.of(new Page(id, id.value(), 0, Body.unreadable(), rel, new SourcePos(show(rel), 1, 1)));
        Fields f = doc.get().fields;
        Id explicit = slugKey(f, "id").orElse(id);
        String title = f.requiredText("title").orElse(id.value());
        int minutes = f.integer("minutes", 0, 1000).map(Long::intValue).orElse(Math.max(1, doc.get().body.words() / 180));
        f.finish();
        return Optional.of(new Page(explicit, title, minutes, doc.get().body, rel, new SourcePos(show(rel), 1, 1)));
    }

    private List<Page> appendices() {
        Path dir = root.resolve("pages");
        if (CourseFiles.kindOf(dir) != CourseFiles.Kind.FOLDER) return List.of();
        List<Page> pages = new ArrayList<>();
        for (Path file : list(dir)) {
            String fname = file.getFileName().toString();
            String rel = "pages/" + fname;
            if (fname.startsWith(".")) continue;
            if (!fname.endsWith(".md") || !isFile(rel)) {
                stray(rel);
                continue;
            }
            String base = fname.substring(0, fname.length() - 3);
            Matcher m = NUMBERED.matcher(base);
            String slug = m.matches() ? checkedSlug(m.group(2), m.group(1) + "-", rel, Text.of("file")) : checkedSlug(base, "", rel, Text.of("file"));
            page(rel, new Id(slug)).ifPresent(pages::add);
        }
        return pages;
    }

    private List<Asset> assets() {
        Path dir = root.resolve("assets");
        if (CourseFiles.kindOf(dir) != CourseFiles.Kind.FOLDER) return List.of();
        List<Asset> assets = new ArrayList<>();
        // Files.walk does not follow links: a linked folder is met as a link (refused) and never entered
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                CourseFiles.Kind kind = CourseFiles.kindOf(p);
                if (kind == CourseFiles.Kind.LINK || kind == CourseFiles.Kind.SPECIAL) {
                    refuse(rel, kind);
                    continue;
                }
                if (kind != CourseFiles.Kind.FILE || p.getFileName().toString().startsWith(".")) continue;
                for (Path seg : root.relativize(p)) {
                    String s = seg.toString();
                    if (!ASSET_NAME.matcher(s).matches()) {
                        diags.error(Code.BAD_NAME, SourcePos.file(show(rel)),
                                "'%s' is not a name every LMS accepts (plain ASCII letters, digits, '.', '_', '-')", s)
                                .hint("rename it '%s'", Id.slugify(stripExtension(s)) + extension(s));
                        break;
                    }
                }
                assets.add(new Asset(rel, Files.size(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return assets;
    }

    /** Reports links and special files in a folder the player copies or reads (theme/, templates/). */
    private void refuseLinksUnder(String folder) {
        Path dir = root.resolve(folder);
        if (CourseFiles.kindOf(dir) != CourseFiles.Kind.FOLDER) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                CourseFiles.Kind kind = CourseFiles.kindOf(p);
                if (kind == CourseFiles.Kind.LINK || kind == CourseFiles.Kind.SPECIAL) {
                    refuse(root.relativize(p).toString().replace('\\', '/'), kind);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A link or special file in the course: located error, reported once, and the file is never opened. */
    private void refuse(String rel, CourseFiles.Kind kind) {
        if (!refused.add(rel)) return;
        diags.error(Code.OUTSIDE_COURSE, SourcePos.file(show(rel)), "'%s' is %s: it is not read, and not packaged",
                rel, CourseFiles.describe(kind));
    }

    private boolean isFile(String rel) {
        return CourseFiles.isFile(root, rel);
    }

    private void reportStrayTopLevel() {
        for (Path p : list(root)) {
            String name = p.getFileName().toString();
            // templates/ and theme/ belong to the player (render): they override templates and add a stylesheet
            if (name.startsWith(".") || List.of("course.yaml", "intro.md", "assessment.yaml", "pages", "assets",
                    "templates", "theme").contains(name)) continue;
            if (Files.isDirectory(p) && NUMBERED.matcher(name).matches()) continue;
            if (Files.isDirectory(p) && !NUMBERED.matcher(name).matches() && Id.isSlug(Id.slugify(name))) {
                diags.warning(Code.STRAY_FILE, SourcePos.file(show(name)), "folder '%s' is not a part and is ignored", name)
                        .hint("a part folder starts with a number, e.g. '01-%s'", Id.slugify(name));
                continue;
            }
            stray(name);
        }
    }

    /** Reports diagnostics in files that can still be checked when course.yaml itself failed. */
    private void scanForOtherProblems() {
        parts(0);
        appendices();
        if (isFile("assessment.yaml")) quiz("assessment.yaml", new Id("assessment"), 0, true);
        if (isFile("intro.md")) page("intro.md", new Id("intro"));
    }

    private void stray(String rel) {
        diags.warning(Code.STRAY_FILE, SourcePos.file(show(rel)), "'%s' is not part of the course format and is ignored", rel);
    }

    private Optional<Quiz> quiz(String rel, Id defaultId, int passingScore, boolean assessment) {
        return yamlFile(rel, rel).flatMap(f -> new QuizReader(diags).read(f, defaultId, passingScore, assessment, rel));
    }

    private record Document(Fields fields, Body body, int bodyLine) {}

    private Optional<Document> document(String rel) {
        Optional<String> text = readText(rel);
        if (text.isEmpty()) return Optional.empty();
        Optional<FrontMatter> fm = FrontMatter.split(text.get());
        if (fm.isEmpty()) {
            diags.error(Code.FRONT_MATTER, new SourcePos(show(rel), 1, 1),
                    text.get().startsWith("---") ? "front matter is not closed by a line '---'" : "file has no front matter");
            return Optional.empty();
        }
        Optional<YNode.YMap> map = new YamlReader(show(rel), fm.get().yamlOffset(), diags).readMap(fm.get().yaml());
        Body body = new MarkdownBody(show(rel), MarkdownBody.dirOf(rel), diags).read(fm.get().body(), fm.get().bodyLine());
        return map.map(m -> new Document(new Fields(m, Text.of("the front matter of %s", rel), diags), body, fm.get().bodyLine()));
    }

    private Optional<Fields> yamlFile(String rel, Object where) {
        return readText(rel)
                .flatMap(t -> new YamlReader(show(rel), 0, diags).readMap(t))
                .map(m -> new Fields(m, where, diags));
    }

    /** The text of a course file; a folder, link or special file in its place is reported, never opened. */
    private Optional<String> readText(String rel) {
        CourseFiles.Kind kind = CourseFiles.kind(root, rel);
        if (kind == CourseFiles.Kind.LINK || kind == CourseFiles.Kind.SPECIAL) {
            refuse(rel, kind);
            return Optional.empty();
        }
        if (kind != CourseFiles.Kind.FILE) {
            diags.error(Code.OUTSIDE_COURSE, SourcePos.file(show(rel)), "'%s' is %s, not a file", rel, CourseFiles.describe(kind))
                    .hint("%s must be a text file", rel.substring(rel.lastIndexOf('/') + 1));
            return Optional.empty();
        }
        return TextFile.read(root.resolve(rel), show(rel), diags);
    }

    private Course.Theme theme(Optional<Fields> t) {
        if (t.isEmpty()) return new Course.Theme("#1f4e79", "#8a3b12", Optional.empty(), "system");
        Fields f = t.get();
        String primary = f.text("primaryColor").filter(c -> color(c, f.posOf("primaryColor"))).orElse("#1f4e79");
        String accent = f.text("accentColor").filter(c -> color(c, f.posOf("accentColor"))).orElse("#8a3b12");
        Optional<String> logo = f.text("logo").filter(l -> themeFile("logo", l, f.posOf("logo"),
                Text.of("the path is relative to the course folder, e.g. assets/logo.svg")));
        String font = f.text("font").orElse("system");
        if (!font.equals("system") && !font.equals("serif") && !themeFile("font", font, f.posOf("font"),
                Text.of("font is 'system', 'serif' or a font file of the course, e.g. assets/fonts/marianne.woff2"))) {
            font = "system";
        }
        f.finish();
        return new Course.Theme(primary, accent, logo, font);
    }

    /**
     * A theme file (logo, font) names a packaged file of the course by a plain relative path: under assets/ or
     * theme/, with names every LMS accepts (so the path goes into HTML and CSS as it is, with nothing to escape).
     */
    private boolean themeFile(String key, String path, SourcePos at, Text hint) {
        Text outside = CourseFiles.outsideReason(path);
        if (outside != null) {
            diags.error(Code.OUTSIDE_COURSE, at, "'%s' of the theme is '%s', which has %s: only files of the course are packaged",
                    key, path, outside).hint("%s", hint);
            return false;
        }
        boolean plain = java.util.Arrays.stream(path.split("/")).allMatch(s -> ASSET_NAME.matcher(s).matches() && !s.equals("."));
        if (!plain || !(path.startsWith("assets/") || path.startsWith("theme/"))) {
            diags.error(Code.OUTSIDE_COURSE, at, "'%s' of the theme is '%s': it must be a file under assets/ or theme/,"
                    + " named with plain ASCII letters, digits, '.', '_' or '-'", key, path).hint("%s", hint);
            return false;
        }
        CourseFiles.Kind kind = CourseFiles.kind(root, path);
        if (kind == CourseFiles.Kind.LINK || kind == CourseFiles.Kind.SPECIAL) {
            diags.error(Code.OUTSIDE_COURSE, at, "'%s' of the theme is '%s', which is %s", key, path, CourseFiles.describe(kind));
            return false;
        }
        if (kind != CourseFiles.Kind.FILE) {
            diags.error(Code.MISSING_ASSET, at, "%s '%s' not found", key, path).hint("%s", hint);
            return false;
        }
        return true;
    }

    private Course.BuildDefaults buildDefaults(Optional<Fields> b) {
        if (b.isEmpty()) return new Course.BuildDefaults(formats, Structure.SINGLE, Structure.SINGLE);
        Fields f = b.get();
        List<String> wanted = f.has("formats") ? f.texts("formats") : formats;
        for (String format : wanted) {
            if (!formats.contains(format)) {
                diags.error(Code.INVALID_VALUE, f.posOf("formats"), "unknown format '%s'", format)
                        .hint("formats are: %s", String.join(", ", formats));
            }
        }
        Structure sco = structure(f, "sco");
        Structure au = structure(f, "au");
        f.finish();
        return new Course.BuildDefaults(wanted.stream().filter(formats::contains).toList(), sco, au);
    }

    private Structure structure(Fields f, String key) {
        return f.text(key).flatMap(v -> {
            Optional<Structure> s = Structure.parse(v);
            if (s.isEmpty()) {
                diags.error(Code.INVALID_VALUE, f.posOf(key), "'%s' must be %s, found '%s'", key, choices(), v);
            }
            return s;
        }).orElse(Structure.SINGLE);
    }

    private static Text choices() {
        Structure[] all = Structure.values();
        return Text.of("'%s' or '%s'", all[0], all[1]);
    }

    private boolean color(String v, SourcePos at) {
        return check(COLOR.matcher(v).matches(), at, Text.of("'%s' is not a colour like \"#1f4e79\"", v));
    }

    private boolean checkIri(String v, SourcePos at) {
        if (IRI.matcher(v).matches()) return true;
        diags.error(Code.INVALID_VALUE, at, "'id' must be an absolute IRI, found '%s'", v)
                .hint("use a stable address you control, e.g. https://example.org/courses/%s", Id.slugify(v));
        return false;
    }

    private Optional<LocalDate> parseDate(String v, SourcePos at) {
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            diags.error(Code.INVALID_VALUE, at, "'date' must be written YYYY-MM-DD, found '%s'", v);
            return Optional.empty();
        }
    }

    private boolean check(boolean ok, SourcePos at, Text message) {
        if (!ok) diags.error(Code.INVALID_VALUE, at, "%s", message);
        return ok;
    }

    private Optional<Id> slugKey(Fields f, String key) {
        return f.text(key).flatMap(v -> {
            if (Id.isSlug(v)) return Optional.of(new Id(v));
            diags.error(Code.INVALID_VALUE, f.posOf(key), "'%s' must be a slug (a-z, 0-9, -), found '%s'", key, v)
                    .hint("use '%s'", Id.slugify(v));
            return Optional.empty();
        });
    }

    /** The slug of a name; a name that is not one gets a diagnostic suggesting the right name. */
    private String checkedSlug(String slug, String prefix, String rel, Text what) {
        if (Id.isSlug(slug)) return slug;
        String suggestion = Id.slugify(slug);
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        diags.error(Code.BAD_NAME, SourcePos.file(show(rel)),
                "%s name '%s' is not a plain ASCII slug (a-z, 0-9, -): LMSs mangle other names", what, name)
                .hint("rename it '%s%s%s'", prefix, suggestion, name.endsWith(".md") ? ".md" : "");
        return suggestion;
    }

    private String show(String rel) {
        return display.isEmpty() || display.equals(".") ? rel : display + "/" + rel;
    }

    /** The entries of a course folder, sorted; links and special files are reported and left out. */
    private List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> out = new ArrayList<>();
            for (Path p : s.sorted().toList()) {
                CourseFiles.Kind kind = CourseFiles.kindOf(p);
                if (kind == CourseFiles.Kind.LINK || kind == CourseFiles.Kind.SPECIAL) {
                    refuse(root.relativize(p).toString().replace('\\', '/'), kind);
                } else {
                    out.add(p);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lastSegment(String iri) {
        String trimmed = iri.replaceAll("[/#?]+$", "");
        int cut = Math.max(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')), trimmed.lastIndexOf('#'));
        return trimmed.substring(cut + 1);
    }

    private static String stripExtension(String s) {
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

    private static String extension(String s) {
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(dot).toLowerCase(java.util.Locale.ROOT) : "";
    }
}

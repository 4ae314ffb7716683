package org.parcours.render;

import org.parcours.model.Unit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.Result;
import org.parcours.model.Asset;
import org.parcours.model.Course;
import org.parcours.tree.FileTree;

/**
 * Renders the player of a checked course (docs/runtime.md): index.html with every unit, optionally one page per
 * unit under units/, the runtime with the chosen adapter, the course's assets and theme folder.
 */
public final class PlayerRenderer {
    private final Course course;
    private final PlayerOptions options;
    private final Diagnostics diags = new Diagnostics();
    private final Templates templates;
    private final Map<String, String> t;
    private final List<Unit> units;
    private final Views views;
    private final boolean themeCss;
    private final List<String> scripts;

    private PlayerRenderer(Course course, PlayerOptions options) {
        this.course = Typeset.apply(course);
        this.options = options;
        templates = Templates.forCourse(course.root(), displayOf(course), diags);
        t = UiStrings.forLanguage(course.language());
        units = this.course.units();
        views = new Views(this.course, t, new Routes(this.course));
        themeCss = Files.isRegularFile(course.root().resolve("theme/theme.css"));
        scripts = RuntimeFiles.scripts(options.adapter());
    }

    public static Result<FileTree> render(Course course, PlayerOptions options) {
        return new PlayerRenderer(course, options).render();
    }

    private Result<FileTree> render() {
        Themes.check(course, diags);
        FileTree.Builder tree = FileTree.builder();
        page(units, "course", "").ifPresent(html -> tree.put("index.html", html));
        if (options.unitPages()) {
            for (Unit u : units) {
                if (u.hasUnitPage()) page(List.of(u), u.id(), "../").ifPresent(html -> tree.put("units/" + u.id() + ".html", html));
            }
        }
        if (diags.hasErrors()) return Result.failed(diags);

        for (String file : RuntimeFiles.files(options.adapter())) tree.put("runtime/" + file, RuntimeFiles.bytes(file));
        for (Asset a : course.assets()) tree.putFile(a.path(), course.root().resolve(a.path()));
        copyFolder(course.root(), "theme", tree);
        return Result.of(tree.build(), diags);
    }

    /**
     * One HTML page: the shell around {@code shown} (every unit, or one) with the data of the whole course.
     * {@code base} leads from the page to the player root.
     */
    private Optional<String> page(List<Unit> shown, String scope, String base) {
        List<UnitHtml> rendered = new ArrayList<>();
        for (Unit u : shown) {
            Optional<String> html = unit(u, base);
            if (html.isEmpty()) return Optional.empty();
            rendered.add(new UnitHtml(u.id(), u.kind(), u.title(), html.get()));
        }
        ShellView shell = new ShellView(views.course(Themes.view(course, base, themeCss)),
                scope.equals("course") ? views.menu(units) : List.of(), rendered, scope, base,
                scripts.stream().map(s -> base + "runtime/" + s).toList(),
                PlayerData.json(course, units, options.adapter(), scope), t);
        return templates.render("index.ftlh", Map.of("shell", shell, "t", t), diags);
    }

    private Optional<String> unit(Unit u, String base) {
        return switch (u.kind()) {
            case Unit.PART -> templates.render("part.ftlh", Map.of("part", views.part(u, units), "t", t), diags);
            case Unit.QUIZ -> templates.render("quiz.ftlh", Map.of("quiz", views.quiz(u), "t", t), diags);
            default -> templates.render("lesson.ftlh", Map.of("lesson", views.lesson(u, base), "t", t), diags);
        };
    }

    /** The course folder as diagnostics show it: course.yaml's displayed path without the file name. */
    private static String displayOf(Course course) {
        String file = course.pos().file();
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    /** Copies a folder of the course as it is (the theme: stylesheet, fonts, pictures), in sorted order. */
    private static void copyFolder(Path root, String name, FileTree.Builder tree) {
        Path dir = root.resolve(name);
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            // never through a link: the loader refused them (P016), and nothing outside the course is ever read
            for (Path p : walk.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (p.getFileName().toString().startsWith(".")) continue;
                tree.putFile(rel, p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

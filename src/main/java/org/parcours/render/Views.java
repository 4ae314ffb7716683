package org.parcours.render;

import org.parcours.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parcours.model.Block;
import org.parcours.model.Body;
import org.parcours.model.Course;
import org.parcours.model.Lesson;
import org.parcours.model.Page;
import org.parcours.model.Part;
import org.parcours.model.Question;
import org.parcours.model.Quiz;
import org.parcours.typography.FrenchTypography;

/**
 * Builds the view records the templates receive from the model: templates see titles, texts and rendered HTML,
 * never the model itself (house rule 8), so a course template cannot depend on the model's shape.
 */
final class Views {
    private final Course course;
    private final Map<String, String> t;
    private final Routes routes;

    Views(Course course, Map<String, String> t, Routes routes) {
        this.course = course;
        this.t = t;
        this.routes = routes;
    }

    CourseView course(ThemeView theme) {
        var m = course.metadata();
        return new CourseView(m.title(), m.language(), m.version(), m.description(), m.publisher(), m.licence(), theme);
    }

    /** The course menu: pages, parts with their lessons and quiz, the assessment. */
    List<MenuEntry> menu(List<Unit> units) {
        List<MenuEntry> out = new ArrayList<>();
        for (Unit u : units) {
            if (u.part().isPresent()) continue;
            if (u.kind().equals(Unit.PART)) {
                Part p = (Part) u.source();
                List<MenuEntry> children = units.stream().filter(c -> c.part().map(cp -> cp == p).orElse(false))
                        .map(c -> entry(c, List.of())).toList();
                out.add(entry(u, children));
            } else {
                out.add(entry(u, List.of()));
            }
        }
        return out;
    }

    private MenuEntry entry(Unit u, List<MenuEntry> children) {
        return new MenuEntry(u.id(), u.kind(), label(u), u.title(), children);
    }

    /** The short prefix of a unit in the menu: « Partie 1 », « Quiz », « Évaluation finale » or none. */
    private String label(Unit u) {
        return switch (u.kind()) {
            case Unit.PART -> UiStrings.format(t.get("part"), Map.of("n", ((Part) u.source()).number()));
            case Unit.QUIZ -> ((Quiz) u.source()).isAssessment() ? t.get("assessment") : t.get("quiz");
            default -> "";
        };
    }

    LessonView lesson(Unit u, String base) {
        if (u.source() instanceof Lesson l) {
            Part p = u.part().orElseThrow();
            String kicker = UiStrings.format(t.get("part"), Map.of("n", p.number()))
                    + " · " + UiStrings.format(t.get("lesson"), Map.of("n", u.number()));
            return new LessonView(u.id(), Unit.LESSON, kicker, l.title(), l.minutes(), l.objectives(),
                    blocks(l.body(), u.id(), Routes.dirOf(l.source()), base));
        }
        Page p = (Page) u.source();
        return new LessonView(u.id(), Unit.PAGE, "", p.title(), p.minutes(), List.of(),
                blocks(p.body(), u.id(), Routes.dirOf(p.source()), base));
    }

    PartView part(Unit u, List<Unit> units) {
        Part p = (Part) u.source();
        List<MenuEntry> contents = units.stream().filter(c -> c.part().map(cp -> cp == p).orElse(false))
                .map(c -> entry(c, List.of())).toList();
        return new PartView(u.id(), label(u), p.title(), p.summary(), p.objectives(), contents);
    }

    QuizView quiz(Unit u) {
        Quiz q = (Quiz) u.source();
        String kicker = q.isAssessment() ? t.get("assessment")
                : u.part().map(p -> UiStrings.format(t.get("part"), Map.of("n", p.number())) + " · " + t.get("quiz")).orElse(t.get("quiz"));
        // a kicker that only repeats the title (« Évaluation finale » above « Évaluation finale ») says nothing
        if (kicker.equalsIgnoreCase(q.title())) kicker = "";
        return new QuizView(u.id(), kicker, q.title(), q.intro(), q.isAssessment(),
                q.questions().stream().map(this::question).toList());
    }

    private QuestionView question(Question q) {
        // ids start with a capital letter: heading anchors are lower case, so they can never clash (see index.ftlh)
        String dom = "Q-" + q.id().value();
        List<QuestionView.Option> options = List.of();
        List<QuestionView.Option> sources = List.of();
        List<QuestionView.Option> targets = List.of();
        List<QuestionView.Option> items = List.of();
        if (q instanceof Question.SingleChoice s) {
            options = choices(dom, s.choices());
        } else if (q instanceof Question.MultipleChoice m) {
            options = choices(dom, m.choices());
        } else if (q instanceof Question.TrueFalse) {
            options = List.of(new QuestionView.Option(0, dom + "-true", "true", t.get("true")),
                    new QuestionView.Option(1, dom + "-false", "false", t.get("false")));
        } else if (q instanceof Question.Matching m) {
            sources = texts(dom + "-s", m.pairs().stream().map(Question.Pair::left).toList());
            targets = texts(dom + "-t", m.pairs().stream().map(Question.Pair::right).toList());
        } else if (q instanceof Question.Ordering o) {
            items = texts(dom + "-i", o.items());
        }
        int maxLength = q instanceof Question.FillIn f ? f.maxLength() : 0;
        return new QuestionView(q.id().value(), dom, q.type(), q.info().prompt(), options, sources, targets, items, maxLength);
    }

    private static List<QuestionView.Option> choices(String dom, List<Question.Choice> choices) {
        List<QuestionView.Option> out = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            out.add(new QuestionView.Option(i, dom + "-" + choices.get(i).id().value(), String.valueOf(i), choices.get(i).text()));
        }
        return out;
    }

    private static List<QuestionView.Option> texts(String prefix, List<String> texts) {
        List<QuestionView.Option> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) out.add(new QuestionView.Option(i, prefix + i, String.valueOf(i), texts.get(i)));
        return out;
    }

    /** Renders a body's blocks in document order, so that headings meet the loader's anchors in the same order. */
    private List<BlockView> blocks(Body body, String unitId, String dir, String base) {
        MarkdownHtml md = new MarkdownHtml(routes, course.root(), unitId, dir, base, body.headings(), t,
                FrenchTypography.appliesTo(course.language()));
        List<BlockView> out = new ArrayList<>();
        int callouts = 0;
        for (Block b : body.blocks()) {
            if (b instanceof Block.Prose p) {
                out.add(new BlockView.Prose(md.render(p.markdown())));
            } else if (b instanceof Block.Callout c) {
                int level = Math.min(md.lastLevel() + 1, 6);
                out.add(new BlockView.Callout("C-" + unitId + "-" + (++callouts), c.title(), level,
                        md.render(c.content().markdown())));
            } else if (b instanceof Block.Details d) {
                out.add(new BlockView.Details(d.summary(), md.render(d.content().markdown())));
            } else if (b instanceof Block.Media m) {
                out.add(new BlockView.Media(m.kind() == Block.Media.Kind.VIDEO ? "video" : "audio",
                        Routes.file(m.src(), base), Mime.of(m.src()),
                        m.captions().isEmpty() ? "" : captionsUrl(m.captions()),
                        course.language(), md.render(m.transcript().markdown())));
            } else if (b instanceof Block.Download d) {
                String label = d.label().markdown().isBlank() ? fileName(d.src()) : md.renderInline(d.label().markdown());
                out.add(new BlockView.Download(Routes.file(d.src(), base), Mime.of(d.src()), label,
                        extension(d.src()).toUpperCase(Locale.ROOT), size(d.src())));
            } else {
                throw new IllegalStateException("a block kind the player does not render: " + b);
            }
        }
        return out;
    }

    /**
     * The captions inlined as a data: URL. Browsers fetch text tracks in CORS mode, which a page opened from the disk
     * (file://) may not do; a data: URL is always same-origin (Fetch standard, scheme fetch), so captions load
     * wherever the course is opened. The .vtt file stays in assets/ for those who want it.
     */
    private String captionsUrl(String coursePath) {
        try {
            byte[] vtt = java.nio.file.Files.readAllBytes(course.root().resolve(coursePath));
            return "data:text/vtt;charset=utf-8;base64," + java.util.Base64.getEncoder().encodeToString(vtt);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("captions checked to exist, now unreadable: " + coursePath, e);
        }
    }

    /** The size of an attachment as a reader says it: « 1,2 Mo » in French, "1.2 MB" in English (powers of 1000). */
    private String size(String coursePath) {
        long bytes = course.assets().stream().filter(a -> a.path().equals(coursePath)).mapToLong(a -> a.size())
                .findFirst().orElse(-1);
        if (bytes < 0) return "";
        Locale locale = UiStrings.uiLanguage(course.language()).equals("fr") ? Locale.FRANCE : Locale.UK;
        if (bytes < 1000) return UiStrings.format(t.get("bytes"), Map.of("n", bytes));
        if (bytes < 1_000_000) return UiStrings.format(t.get("kilobytes"), Map.of("n", Math.round(bytes / 1000.0)));
        String mb = String.format(locale, "%.1f", bytes / 1_000_000.0).replaceAll("[.,]0$", "");
        return UiStrings.format(t.get("megabytes"), Map.of("n", mb));
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String extension(String path) {
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}

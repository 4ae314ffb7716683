package org.parcours.format.scorm12;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parcours.model.Course;
import org.parcours.model.Unit;
import org.parcours.model.Structure;
import org.parcours.model.Id;
import org.parcours.model.Page;
import org.parcours.model.Part;
import org.parcours.model.Quiz;
import org.parcours.render.Mime;
import org.parcours.format.scorm12.manifest.Item;
import org.parcours.format.scorm12.manifest.Manifest;
import org.parcours.format.scorm12.manifest.Metadata;
import org.parcours.format.scorm12.manifest.Organization;
import org.parcours.format.scorm12.manifest.Organizations;
import org.parcours.format.scorm12.manifest.Resource;
import org.parcours.format.scorm12.manifest.Resources;
import org.parcours.format.scorm12.manifest.lom.LangStrings;
import org.parcours.format.scorm12.manifest.lom.Lom;
import org.parcours.format.scorm12.manifest.lom.Vocabulary;

/**
 * Builds the manifest of a SCORM 1.2 package from the course and the list of its content files (every file but
 * the manifest and the XSD control files). Every file lands in exactly one resource: each launch page in its
 * SCO (or, for a page that is not tracked, asset) resource, everything else in the one shared asset resource
 * that those resources reference through {@code <dependency>}.
 */
final class ManifestBuilder {
    /** imscp_rootv1p1p2.xsd, titleType: at most 200 characters. */
    static final int TITLE_MAX = 200;
    static final String SINGLE_LAUNCH = "index.html";
    private final Course course;
    private final Structure structure;
    private final Identifiers ids;
    private final String lang;

    ManifestBuilder(Course course, Structure structure) {
        this.course = course;
        this.structure = structure;
        this.ids = new Identifiers(course.id());
        this.lang = course.language();
    }

    /** The launch page of a unit with --sco lesson (docs/runtime.md: units/&lt;unit-id&gt;.html). */
    static String unitPage(Id unit) {
        return "units/" + unit.value() + ".html";
    }

    /** The mastery score of the single SCO: the course's pass mark ({@link org.parcours.model.Grading}). */
    static Optional<Integer> courseMastery(Course course) {
        return course.grading().mastery();
    }

    Manifest build(List<String> files, long totalBytes) {
        List<Resource> resources = new ArrayList<>();
        List<Item> items = structure == Structure.SINGLE ? singleItems(resources) : lessonItems(resources);
        Set<String> launched = new TreeSet<>();
        resources.forEach(r -> launched.addAll(r.files()));
        List<String> shared = files.stream().filter(f -> !launched.contains(f)).toList();
        resources.add(Resource.asset(ids.shared(), shared));
        Organization org = new Organization(ids.organization(), title(course.title()), items);
        return new Manifest(ids.manifest(), clean(course.metadata().version()),
                new Metadata("ADL SCORM", "1.2", lom(files, totalBytes)),
                new Organizations(ids.organization(), List.of(org)), new Resources(resources));
    }

    private List<Item> singleItems(List<Resource> resources) {
        resources.add(Resource.sco(ids.courseResource(), SINGLE_LAUNCH, List.of(SINGLE_LAUNCH), List.of(ids.shared())));
        return List.of(Item.launching(ids.courseItem(), title(course.title()), ids.courseResource(),
                courseMastery(course).orElse(null)));
    }

    /** Moodle's navigation needs every SCO under one root item that launches nothing. */
    private List<Item> lessonItems(List<Resource> resources) {
        // the outline in order (resources follow it); a part's grouping item closes with the units inside it
        List<Item> children = new ArrayList<>();
        Unit open = null;
        List<Item> inPart = new ArrayList<>();
        for (Unit u : course.units()) {
            if (open != null && u.part().isEmpty()) {
                children.add(Item.grouping(ids.item(new Id(open.id())), title(open.title()), inPart));
                open = null;
            }
            switch (u.kind()) {
                case Unit.PART -> {
                    open = u;
                    inPart = new ArrayList<>();
                }
                case Unit.LESSON -> inPart.add(sco(new Id(u.id()), u.title(), null, resources));
                case Unit.QUIZ -> (u.part().isPresent() ? inPart : children).add(quiz((Quiz) u.source(), resources));
                default -> children.add(page((Page) u.source(), resources));
            }
        }
        if (open != null) children.add(Item.grouping(ids.item(new Id(open.id())), title(open.title()), inPart));
        return List.of(Item.grouping(ids.rootItem(), title(course.title()), children));
    }

    private Item quiz(Quiz quiz, List<Resource> resources) {
        return sco(quiz.id(), quiz.title(), quiz.passingScore() > 0 ? quiz.passingScore() : null, resources);
    }

    private Item sco(Id unit, String title, Integer mastery, List<Resource> resources) {
        resources.add(Resource.sco(ids.resource(unit), unitPage(unit), List.of(unitPage(unit)), List.of(ids.shared())));
        return Item.launching(ids.item(unit), title(title), ids.resource(unit), mastery);
    }

    /** Opening and appendix pages are not tracked: they are assets, which an LMS launches without a runtime. */
    private Item page(Page page, List<Resource> resources) {
        String href = unitPage(page.id());
        resources.add(Resource.launchableAsset(ids.resource(page.id()), href, List.of(href), List.of(ids.shared())));
        return Item.launching(ids.item(page.id()), title(page.title()), ids.resource(page.id()), null);
    }

    private Lom lom(List<String> files, long totalBytes) {
        Course.Metadata m = course.metadata();
        List<LangStrings> keywords = m.keywords().stream().map(k -> text(clean(k))).toList();
        List<Lom.Contribute> contributions = new ArrayList<>();
        String date = m.date() == null ? null : m.date().toString();
        if (!m.authors().isEmpty()) {
            contributions.add(new Lom.Contribute(Vocabulary.lom("Author"), m.authors().stream().map(ManifestBuilder::vcard).toList(), date));
        }
        if (!m.publisher().isBlank()) {
            contributions.add(new Lom.Contribute(Vocabulary.lom("Publisher"), List.of(vcard(m.publisher())), date));
        }
        TreeSet<String> formats = new TreeSet<>();
        files.forEach(f -> formats.add(Mime.of(f)));
        return new Lom(
                new Lom.General(course.iri(), text(clean(m.title())),
                        new Lom.CatalogEntry("URI", LangStrings.of("x-none", course.iri())), lang,
                        m.description().isBlank() ? null : text(clean(m.description())), keywords),
                new Lom.Lifecycle(LangStrings.of("x-none", clean(m.version())), Vocabulary.lom("Final"), contributions),
                new Lom.MetaMetadata("ADL SCORM 1.2", lang),
                new Lom.Technical(List.copyOf(formats), Math.min(totalBytes, Integer.MAX_VALUE)),
                m.minutes() > 0 ? new Lom.Educational(Duration.ofMinutes(m.minutes()).toString()) : null,
                new Lom.Rights(Vocabulary.lom("no"), Vocabulary.lom(m.licence().isBlank() ? "no" : "yes"),
                        m.licence().isBlank() ? null : LangStrings.of("x-none", licence(m.licence()))));
    }

    private LangStrings text(String value) {
        return LangStrings.of(lang, value);
    }

    /** An SPDX identifier gets its canonical page, so that a catalogue can link to the licence's text. */
    private static String licence(String licence) {
        String l = clean(licence);
        return l.matches("[A-Za-z0-9.+-]+") ? l + " (https://spdx.org/licenses/" + l + ".html)" : l;
    }

    private static String vcard(String name) {
        return "BEGIN:VCARD\nVERSION:2.1\nFN:" + clean(name) + "\nEND:VCARD";
    }

    /** A title as the manifest may hold it: one line, at most 200 characters, cut on a character boundary. */
    static String title(String s) {
        String t = clean(s);
        if (t.length() <= TITLE_MAX) return t;
        int end = TITLE_MAX - 1;
        if (Character.isHighSurrogate(t.charAt(end - 1))) end--;
        return t.substring(0, end) + "…";
    }

    /**
     * Text on one line, without the characters XML 1.0 cannot hold: a line break or a control character would be
     * written as a numeric character reference, which Moodle's manifest parser does not decode.
     */
    static String clean(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]", "")
                .replaceAll("[\\t\\n\\r ]+", " ").strip();
    }
}

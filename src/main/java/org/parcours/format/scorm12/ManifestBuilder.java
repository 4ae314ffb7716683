package org.parcours.format.scorm12;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parcours.format.scorm.Identifiers;
import org.parcours.format.scorm.ManifestText;
import org.parcours.format.scorm.ScoOutline;
import org.parcours.model.Course;
import org.parcours.model.Unit;
import org.parcours.model.Structure;
import org.parcours.model.Id;
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

import static org.parcours.format.scorm.ManifestText.clean;
import static org.parcours.format.scorm.ManifestText.licence;
import static org.parcours.format.scorm.ManifestText.title;
import static org.parcours.format.scorm.ScoOutline.SINGLE_LAUNCH;
import static org.parcours.format.scorm.ScoOutline.courseMastery;
import static org.parcours.format.scorm.ScoOutline.unitPage;

/**
 * Builds the manifest of a SCORM 1.2 package from the course and the list of its content files (every file but
 * the manifest and the XSD control files). Every file lands in exactly one resource: each launch page in its
 * SCO (or, for a page that is not tracked, asset) resource, everything else in the one shared asset resource
 * that those resources reference through {@code <dependency>}.
 */
final class ManifestBuilder {
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
        List<Item> children = ScoOutline.of(course).stream().map(n -> item(n, resources)).toList();
        return List.of(Item.grouping(ids.rootItem(), title(course.title()), children));
    }

    private Item item(ScoOutline.Node node, List<Resource> resources) {
        if (node instanceof ScoOutline.Page p) return isOpening(p) ? sco(p.id(), p.title(), null, resources) : page(p, resources);
        if (node instanceof ScoOutline.Lesson l) return sco(l.id(), l.title(), null, resources);
        if (node instanceof ScoOutline.QuizUnit q) return sco(q.quiz().id(), q.quiz().title(), q.mastery().orElse(null), resources);
        ScoOutline.PartGroup g = (ScoOutline.PartGroup) node;
        return Item.grouping(ids.item(g.part().id()), title(g.part().title()),
                g.children().stream().map(n -> item(n, resources)).toList());
    }

    private Item sco(Id unit, String title, Integer mastery, List<Resource> resources) {
        resources.add(Resource.sco(ids.resource(unit), unitPage(unit), List.of(unitPage(unit)), List.of(ids.shared())));
        return Item.launching(ids.item(unit), title(title), ids.resource(unit), mastery);
    }

    /**
     * The opening page is the item Moodle launches first: a SCO (completed once read, never scored), because
     * Moodle marks a launched asset completed at once, which records an attempt without a score (docs/scorm12.md,
     * "In Moodle, step by step"). runtime/adapters/scorm12.js opens a session in it for the same reason.
     */
    private boolean isOpening(ScoOutline.Page page) {
        return course.intro().map(i -> i.id().equals(page.id())).orElse(false);
    }

    /** Appendix pages are not tracked: they are assets, which an LMS launches without a runtime. */
    private Item page(ScoOutline.Page page, List<Resource> resources) {
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
            contributions.add(new Lom.Contribute(Vocabulary.lom("Author"), m.authors().stream().map(ManifestText::vcard).toList(), date));
        }
        if (!m.publisher().isBlank()) {
            contributions.add(new Lom.Contribute(Vocabulary.lom("Publisher"), List.of(ManifestText.vcard(m.publisher())), date));
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
}

package org.parcours.format.scorm2004;

import static org.parcours.format.scorm.ManifestText.clean;
import static org.parcours.format.scorm.ManifestText.title;
import static org.parcours.format.scorm.ScoOutline.SINGLE_LAUNCH;
import static org.parcours.format.scorm.ScoOutline.unitPage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parcours.model.Iris;
import org.parcours.format.scorm.Identifiers;
import org.parcours.format.scorm.ManifestText;
import org.parcours.format.scorm.ScoOutline;
import org.parcours.format.scorm2004.manifest.Item;
import org.parcours.format.scorm2004.manifest.Manifest;
import org.parcours.format.scorm2004.manifest.Organization;
import org.parcours.format.scorm2004.manifest.Resource;
import org.parcours.format.scorm2004.manifest.lom.Lom;
import org.parcours.format.scorm2004.manifest.seq.Sequencing;
import org.parcours.model.Course;
import org.parcours.model.Id;
import org.parcours.model.Structure;
import org.parcours.render.Mime;

/**
 * Builds the manifest of a SCORM 2004 4th edition package: the same items and resources as SCORM 1.2 (every file
 * in exactly one resource, launch pages in their SCO or asset resource, the rest in one shared asset), plus a
 * small sequencing that an LMS may honour or ignore (Moodle ignores it) without the course behaving differently:
 * <ul>
 *   <li>choice and flow navigation on every cluster;</li>
 *   <li>opening and appendix pages not tracked;</li>
 *   <li>with lockAssessment and --sco lesson, each part writes "its lessons are completed" to a global objective,
 *       and the final assessment is disabled until every such objective is satisfied — the rule the player
 *       applies itself with --sco single.</li>
 * </ul>
 */
final class ManifestBuilder {
    private final Course course;
    private final Structure structure;
    private final Identifiers ids;
    private final Iris iris;
    private final String lang;
    /** Parts whose lessons the final assessment waits for: local objective id → global objective id. */
    private final List<String[]> locks = new ArrayList<>();

    ManifestBuilder(Course course, Structure structure) {
        this.course = course;
        this.structure = structure;
        this.ids = new Identifiers(course.id());
        this.iris = course.iris();
        this.lang = course.language();
    }

    Manifest build(List<String> files, long totalBytes) {
        List<Resource> resources = new ArrayList<>();
        List<Item> items = structure == Structure.SINGLE ? singleItems(resources) : lessonItems(resources);
        Set<String> launched = new TreeSet<>();
        resources.forEach(r -> launched.addAll(r.files()));
        resources.add(Resource.asset(ids.shared(), null, files.stream().filter(f -> !launched.contains(f)).toList(), List.of()));
        Organization org = new Organization(ids.organization(), title(course.title()), items, new Sequencing().flow(),
                !locks.isEmpty());
        return new Manifest(ids.manifest(), clean(course.metadata().version()), lom(files, totalBytes), org, resources);
    }

    private List<Item> singleItems(List<Resource> resources) {
        resources.add(Resource.sco(ids.courseResource(), SINGLE_LAUNCH, List.of(SINGLE_LAUNCH), List.of(ids.shared())));
        return List.of(Item.leaf(ids.courseItem(), title(course.title()), ids.courseResource(), null));
    }

    /** Every unit under one root cluster that launches nothing, as for SCORM 1.2 (Moodle's navigation wants it). */
    private List<Item> lessonItems(List<Resource> resources) {
        List<ScoOutline.Node> outline = ScoOutline.of(course);
        if (course.settings().lockAssessment() && course.assessment().isPresent()) {
            for (ScoOutline.Node n : outline) {
                if (n instanceof ScoOutline.PartGroup g && !g.part().lessons().isEmpty()) {
                    locks.add(new String[] {g.part().id().value(), iris.part(g.part()) + "#lessons-completed"});
                }
            }
        }
        List<Item> children = outline.stream().map(n -> item(n, resources)).toList();
        return List.of(Item.cluster(ids.rootItem(), title(course.title()), children, new Sequencing().flow()));
    }

    private Item item(ScoOutline.Node node, List<Resource> resources) {
        if (node instanceof ScoOutline.Page p) {
            String href = unitPage(p.id());
            resources.add(Resource.asset(ids.resource(p.id()), href, List.of(href), List.of(ids.shared())));
            return Item.leaf(ids.item(p.id()), title(p.title()), ids.resource(p.id()), new Sequencing().untracked());
        }
        if (node instanceof ScoOutline.Lesson l) return sco(l.id(), l.title(), null, resources);
        if (node instanceof ScoOutline.QuizUnit q) {
            Sequencing seq = null;
            if (q.assessment() && !locks.isEmpty()) {
                seq = new Sequencing().disabledUntilSatisfied(q.quiz().id().value(), locks);
            } else if (!q.assessment() && !locks.isEmpty()) {
                // a part is "satisfied" when its lessons are completed: its quiz must not count
                seq = new Sequencing().notInSatisfactionRollup();
            }
            return sco(q.quiz().id(), q.quiz().title(), seq, resources);
        }
        ScoOutline.PartGroup g = (ScoOutline.PartGroup) node;
        Sequencing seq = new Sequencing().flow();
        locks.stream().filter(l -> l[0].equals(g.part().id().value())).findFirst()
                .ifPresent(l -> seq.satisfiedWhenChildrenCompleted(l[0], l[1]));
        return Item.cluster(ids.item(g.part().id()), title(g.part().title()),
                g.children().stream().map(n -> item(n, resources)).toList(), seq);
    }

    private Item sco(Id unit, String title, Sequencing seq, List<Resource> resources) {
        resources.add(Resource.sco(ids.resource(unit), unitPage(unit), List.of(unitPage(unit)), List.of(ids.shared())));
        return Item.leaf(ids.item(unit), title(title), ids.resource(unit), seq);
    }

    private Lom lom(List<String> files, long totalBytes) {
        Course.Metadata m = course.metadata();
        List<Lom.Contribute> contributions = new ArrayList<>();
        String date = m.date() == null ? null : m.date().toString();
        if (!m.authors().isEmpty()) {
            contributions.add(new Lom.Contribute("author", m.authors().stream().map(ManifestText::vcard).toList(), date));
        }
        if (!m.publisher().isBlank()) {
            contributions.add(new Lom.Contribute("publisher", List.of(ManifestText.vcard(m.publisher())), date));
        }
        TreeSet<String> formats = new TreeSet<>();
        files.forEach(f -> formats.add(Mime.of(f)));
        return new Lom(
                new Lom.General(course.iri(), text(clean(m.title())), lang,
                        m.description().isBlank() ? null : text(clean(m.description())),
                        m.keywords().stream().map(k -> text(clean(k))).toList()),
                new Lom.LifeCycle(Lom.Text.string("x-none", clean(m.version())), contributions),
                lang,
                new Lom.Technical(List.copyOf(formats), totalBytes),
                m.minutes() > 0 ? Duration.ofMinutes(m.minutes()).toString() : null,
                new Lom.Rights(m.licence().isBlank() ? null : ManifestText.licence(m.licence())));
    }

    private Lom.Text text(String value) {
        return Lom.Text.string(lang, value);
    }
}

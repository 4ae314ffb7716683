package org.parcours.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.i18n.Text;
import org.parcours.model.Course;

/**
 * The changes between two versions of a course that matter to an LMS and its learners (`parcours diff`): units
 * and questions removed, renamed (same content, new id: to an LMS a removal and an addition), moved to a new
 * IRI, added; pass marks; the number of SCOs/AUs; the course IRI; the SCORM 1.2 suspend-data layout. Each change
 * says what learners lose. Content edits under the same id lose nothing and are not listed.
 */
public final class CourseDiff {
    private CourseDiff() {}

    public static List<Change> between(Course before, Course after) {
        Fingerprints fp = new Fingerprints();
        return between(Snapshot.of(before, fp), Snapshot.of(after, fp));
    }

    static List<Change> between(Snapshot before, Snapshot after) {
        List<Change> changes = new ArrayList<>();
        if (!before.iri().equals(after.iri())) {
            changes.add(new Change(Change.Kind.COURSE_IRI_CHANGED, "course", "", before.iri(), after.iri(), true,
                    Text.of("everything: every activity id and SCORM identifier derives from the course IRI, so LMSs and LRSs"
                            + " see a new course (progress, scores and statements of the old one stay behind)")));
        }
        Map<String, Snapshot.Unit> old = byKey(before.units());
        Map<String, Snapshot.Unit> now = byKey(after.units());
        List<Snapshot.Unit> removed = new ArrayList<>(old.values().stream().filter(u -> !now.containsKey(key(u))).toList());
        List<Snapshot.Unit> added = new ArrayList<>(now.values().stream().filter(u -> !old.containsKey(key(u))).toList());

        for (Snapshot.Unit r : List.copyOf(removed)) {
            Optional<Snapshot.Unit> twin = added.stream()
                    .filter(a -> a.kind().equals(r.kind()) && a.fingerprint().equals(r.fingerprint())).findFirst();
            if (twin.isEmpty()) continue;
            removed.remove(r);
            added.remove(twin.get());
            changes.add(new Change(Change.Kind.RENAMED, r.kind(), twin.get().title(), r.id(), twin.get().id(), true,
                    lostOnRename(r)));
        }
        removed.forEach(r -> changes.add(new Change(Change.Kind.REMOVED, r.kind(), r.title(), r.id(), "", true, lostOnRemoval(r))));
        for (Snapshot.Unit u : old.values()) {
            Snapshot.Unit n = now.get(key(u));
            if (n == null) continue;
            if (!n.iri().equals(u.iri()) && before.iri().equals(after.iri())) {
                changes.add(new Change(Change.Kind.MOVED, u.kind(), n.title(), u.iri(), n.iri(), true,
                        Text.of("the records kept under the old IRI (xAPI and cmi5 statements, %s) no longer count for it", what(u))));
            }
            if (u.passMark() != n.passMark()) {
                changes.add(new Change(Change.Kind.PASS_MARK_CHANGED, u.kind(), n.title(), u.passMark() + "%", n.passMark() + "%",
                        false, Text.of("nothing is lost; learners already judged keep their verdict, the next attempts are judged at %d%%",
                        n.passMark())));
            }
        }
        if (before.passingScore() != after.passingScore()) {
            changes.add(new Change(Change.Kind.PASS_MARK_CHANGED, "course", "", before.passingScore() + "%",
                    after.passingScore() + "%", false, Text.of("nothing is lost; learners already judged keep their verdict")));
        }
        if (before.scos() != after.scos()) {
            changes.add(new Change(Change.Kind.STRUCTURE_CHANGED, "scos", "", String.valueOf(before.scos()),
                    String.valueOf(after.scos()), true, Text.of("the LMS rebuilds the activity's structure: the tracking of SCOs that"
                    + " no longer exist is lost")));
        }
        if (before.aus() != after.aus()) {
            changes.add(new Change(Change.Kind.STRUCTURE_CHANGED, "aus", "", String.valueOf(before.aus()),
                    String.valueOf(after.aus()), true, Text.of("the registration's AUs change: satisfaction of the AUs that no longer"
                    + " exist is lost")));
        }
        if (before.referenceWidth() != after.referenceWidth()) {
            changes.add(new Change(Change.Kind.SUSPEND_DATA_LAYOUT_CHANGED, "suspend-data", "",
                    "references of " + before.referenceWidth() + " characters", "references of " + after.referenceWidth() + " characters",
                    true, Text.of("learners in the middle of the course on a SCORM 1.2 LMS cannot resume: their saved place, completed"
                    + " lessons and quiz answers are no longer read (docs/scorm12.md, Suspend data)")));
        }
        added.forEach(a -> changes.add(new Change(Change.Kind.ADDED, a.kind(), a.title(), "", a.id(), false,
                a.kind().equals("question") ? Text.of("nothing; quizzes taken before did not ask it")
                        : Text.of("nothing; it appears as not done"))));
        changes.sort(Comparator.comparing(Change::kind));
        return List.copyOf(changes);
    }

    private static Text lostOnRename(Snapshot.Unit u) {
        return switch (u.kind()) {
            case "lesson" -> Text.of("the lesson's completion and their bookmark on it: under its new id it is not done, and"
                    + " the statements of %s no longer count for it", u.iri());
            case "question" -> Text.of("their saved answer to it and its interaction records (cmi.interactions, xAPI statements"
                    + " of %s), which no longer match the question", u.iri());
            default -> Text.of("its attempts, best score and pass: under its new id it is not attempted, and the statements"
                    + " of %s no longer count for it", u.iri());
        };
    }

    private static Text lostOnRemoval(Snapshot.Unit u) {
        return switch (u.kind()) {
            case "lesson" -> Text.of("the lesson's completion, and the bookmark of a learner who stopped on it");
            case "question" -> Text.of("their answer to it; scores already recorded still counted it");
            default -> Text.of("its attempts, best score and pass");
        };
    }

    private static Text what(Snapshot.Unit u) {
        return u.kind().equals("lesson") ? Text.of("completion") : u.kind().equals("question") ? Text.of("answers") : Text.of("scores");
    }

    private static Map<String, Snapshot.Unit> byKey(List<Snapshot.Unit> units) {
        Map<String, Snapshot.Unit> map = new LinkedHashMap<>();
        units.forEach(u -> map.put(key(u), u));
        return map;
    }

    /** Lessons, quizzes and questions have ids unique in the course (P010); a kind keeps a quiz and a lesson apart. */
    private static String key(Snapshot.Unit u) {
        return (u.kind().equals("assessment") ? "quiz" : u.kind()) + ":" + u.id();
    }
}

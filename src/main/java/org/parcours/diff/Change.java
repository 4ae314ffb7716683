package org.parcours.diff;

import org.parcours.i18n.Text;

/**
 * One change between two versions of a course that matters to an LMS or to its learners. {@code subject} names
 * what changed: lesson, quiz, assessment, question, course, scos, aus or suspend-data (a key for scripts;
 * {@link #subjectText()} is its words), {@code before}/{@code after} its old and new value ("" when
 * it did not exist), {@code learnersLose} says in plain words what a learner loses (empty when nothing).
 */
public record Change(Kind kind, String subject, String title, String before, String after, boolean breaking,
                     Text learnersLose) {

    /** The subject in words. */
    public Text subjectText() {
        return switch (subject) {
            case "lesson" -> Text.of("lesson");
            case "quiz" -> Text.of("quiz");
            case "assessment" -> Text.of("final assessment");
            case "question" -> Text.of("question");
            case "course" -> Text.of("course");
            case "scos" -> Text.of("SCORM SCOs");
            case "aus" -> Text.of("cmi5 AUs");
            default -> Text.of("suspend data");
        };
    }

    /** The kinds of change, in the order a report lists them. */
    public enum Kind {
        COURSE_IRI_CHANGED(Text.of("course IRI changed")),
        REMOVED(Text.of("removed")),
        RENAMED(Text.of("renamed")),
        MOVED(Text.of("IRI changed")),
        STRUCTURE_CHANGED(Text.of("number of SCOs/AUs changed")),
        SUSPEND_DATA_LAYOUT_CHANGED(Text.of("SCORM 1.2 suspend-data layout changed")),
        PASS_MARK_CHANGED(Text.of("pass mark changed")),
        ADDED(Text.of("added"));

        private final Text label;

        Kind(Text label) {
            this.label = label;
        }

        public Text label() {
            return label;
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}

package org.parcours.diff;

/**
 * One change between two versions of a course that matters to an LMS or to its learners. {@code subject} names
 * what changed (a lesson, a quiz, a question, the course), {@code before}/{@code after} its old and new value ("" when
 * it did not exist), {@code learnersLose} says in plain words what a learner loses (empty when nothing).
 */
public record Change(Kind kind, String subject, String title, String before, String after, boolean breaking,
                     String learnersLose) {

    /** The kinds of change, in the order a report lists them. */
    public enum Kind {
        COURSE_IRI_CHANGED("course IRI changed"),
        REMOVED("removed"),
        RENAMED("renamed"),
        MOVED("IRI changed"),
        STRUCTURE_CHANGED("number of SCOs/AUs changed"),
        SUSPEND_DATA_LAYOUT_CHANGED("SCORM 1.2 suspend-data layout changed"),
        PASS_MARK_CHANGED("pass mark changed"),
        ADDED("added");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}

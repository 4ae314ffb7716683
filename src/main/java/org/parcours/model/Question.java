package org.parcours.model;

import java.util.List;
import java.util.Optional;
import org.parcours.diag.SourcePos;

/** A quiz question. Each kind carries what makes its answer right; {@link Info} holds what all kinds share. */
public sealed interface Question {

    Info info();

    default Id id() {
        return info().id();
    }

    /** The format's name of the kind, as written after {@code type:}. */
    String type();

    /**
     * Shared by every kind. {@code lesson} is the id of the lesson that teaches the answer (checked to exist);
     * {@code correctFeedback}/{@code incorrectFeedback} explain the answer after the learner submits.
     */
    record Info(Id id, String prompt, int points, Optional<Id> lesson,
                Optional<String> correctFeedback, Optional<String> incorrectFeedback, SourcePos pos) {}

    record Choice(Id id, String text, boolean correct, Optional<String> feedback, SourcePos pos) {}

    record Pair(String left, String right, SourcePos pos) {}

    record SingleChoice(Info info, List<Choice> choices) implements Question {
        public SingleChoice { choices = List.copyOf(choices); }
        public String type() { return "single"; }
    }

    record MultipleChoice(Info info, List<Choice> choices) implements Question {
        public MultipleChoice { choices = List.copyOf(choices); }
        public String type() { return "multiple"; }
    }

    record TrueFalse(Info info, boolean answer) implements Question {
        public String type() { return "truefalse"; }
    }

    record FillIn(Info info, List<String> answers, boolean ignoreCase, boolean ignoreAccents) implements Question {
        /** The shortest input limit the player may give a fill-in: SCORM 1.2's suspend-data budget relies on it. */
        public static final int MIN_MAX_LENGTH = 40;

        public FillIn { answers = List.copyOf(answers); }
        public String type() { return "fillin"; }

        /**
         * The longest text a learner can type (UTF-16 units, as HTML's maxlength counts): 40, or the longest
         * accepted answer if longer. The player sets it on the input; SCORM 1.2 sizes its suspend data with it.
         */
        public int maxLength() {
            return Math.max(MIN_MAX_LENGTH, answers.stream().mapToInt(String::length).max().orElse(0));
        }
    }

    record Matching(Info info, List<Pair> pairs) implements Question {
        public Matching { pairs = List.copyOf(pairs); }
        public String type() { return "matching"; }
    }

    record Ordering(Info info, List<String> items) implements Question {
        public Ordering { items = List.copyOf(items); }
        public String type() { return "ordering"; }
    }

    record Numeric(Info info, double answer, double tolerance) implements Question {
        public String type() { return "numeric"; }
    }
}

package org.parcours.render;

import java.util.List;

/**
 * A question as questions.ftlh renders it. Which lists are filled depends on {@code type}: {@code options} for
 * single and multiple (and truefalse: « Vrai », « Faux »), {@code sources} and {@code targets} for matching,
 * {@code items} for ordering. Indexes are positions in the authoring order; the runtime shuffles the display.
 * {@code domId} is the prefix of every id the question's controls use. {@code maxLength} bounds a fill-in's text
 * (0 for the other types): SCORM 1.2's suspend-data budget counts on it (Question.FillIn#maxLength).
 */
public record QuestionView(String id, String domId, String type, String prompt, List<Option> options,
                           List<Option> sources, List<Option> targets, List<Option> items, int maxLength) {
    public QuestionView {
        options = List.copyOf(options);
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        items = List.copyOf(items);
    }

    /** One choice, matching side or item: its position in the authoring order, a DOM-safe id and its text. */
    public record Option(int index, String domId, String value, String text) {}
}

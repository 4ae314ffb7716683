package org.parcours.format.xapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.parcours.model.Question;
import org.parcours.format.xapi.tincan.Activity;
import org.parcours.format.xapi.tincan.Component;
import org.parcours.format.xapi.tincan.LangString;

/**
 * Turns a question into the definition of a cmi.interaction activity (xAPI 1.0.3, Data §4.1.4.1: interactionType,
 * correctResponsesPattern, components). The component ids are those the runtime's statements use
 * (runtime/xapi/statements.js): choice ids for choices, s1…/t1… for matching sources and targets, i1… for ordering steps.
 */
final class Interactions {
    private Interactions() {}

    static Activity define(Activity activity, Question question, String lang) {
        Function<String, LangString> text = s -> new LangString(lang, s);
        // Java 17 has no pattern switch: one branch per kind of the sealed Question.
        if (question instanceof Question.SingleChoice q) return choice(activity, q.choices(), text);
        if (question instanceof Question.MultipleChoice q) return choice(activity, q.choices(), text);
        if (question instanceof Question.TrueFalse q) {
            return activity.interaction("true-false", List.of(String.valueOf(q.answer())));
        }
        if (question instanceof Question.FillIn q) {
            // Data §4.1.4.1: case_matters defaults to false, so only a case-sensitive answer needs the prefix.
            return activity.interaction("fill-in", q.answers().stream()
                    .map(a -> (q.ignoreCase() ? "" : "{case_matters=true}") + a.strip()).toList());
        }
        if (question instanceof Question.Matching q) {
            return activity.interaction("matching", List.of(joined(IntStream.range(0, q.pairs().size())
                            .mapToObj(i -> "s" + (i + 1) + "[.]t" + (i + 1)).toList())))
                    .source(components("s", q.pairs().stream().map(Question.Pair::left).toList(), text))
                    .target(components("t", q.pairs().stream().map(Question.Pair::right).toList(), text));
        }
        if (question instanceof Question.Ordering q) {
            return activity.interaction("sequencing", List.of(joined(IntStream.range(0, q.items().size())
                            .mapToObj(i -> "i" + (i + 1)).toList())))
                    .choices(components("i", q.items(), text));
        }
        if (question instanceof Question.Numeric q) {
            return activity.interaction("numeric", List.of(q.tolerance() == 0
                    ? number(q.answer())
                    : number(q.answer() - q.tolerance()) + "[:]" + number(q.answer() + q.tolerance())));
        }
        throw new IllegalStateException("unknown question kind " + question.type());
    }

    private static Activity choice(Activity activity, List<Question.Choice> choices, Function<String, LangString> text) {
        return activity.interaction("choice", List.of(joined(choices.stream().filter(Question.Choice::correct)
                        .map(c -> c.id().value()).toList())))
                .choices(choices.stream().map(c -> new Component(c.id().value(), text.apply(c.text()))).toList());
    }

    private static List<Component> components(String prefix, List<String> texts, Function<String, LangString> text) {
        List<Component> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) out.add(new Component(prefix + (i + 1), text.apply(texts.get(i))));
        return out;
    }

    /** Data §4.1.4.1: items of a response pattern are separated by "[,]". */
    private static String joined(List<String> items) {
        return String.join("[,]", items);
    }

    /** 80000, not 80000.0: the pattern is compared as text by some LRS reports. */
    static String number(double d) {
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
}

package org.parcours.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.stream.Collectors;
import org.parcours.model.Course;
import org.parcours.model.Lesson;
import org.parcours.model.Question;
import org.parcours.model.Quiz;

/** The content of a unit without its id: equal fingerprints under two ids mean the unit was renamed. */
final class Fingerprints {
    Fingerprints() {}

    /** The lesson's file without its front matter's `id:` line (a renamed file keeps the same text). */
    String lesson(Course course, Lesson lesson) {
        try {
            String text = Files.readString(course.root().resolve(lesson.source()));
            return text.lines().filter(l -> !l.startsWith("id:")).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + lesson.source() + " again", e);
        }
    }

    static String quiz(Quiz quiz) {
        return quiz.title() + "\n" + quiz.questions().stream().map(Fingerprints::question).collect(Collectors.joining("\n"));
    }

    private static String choices(java.util.List<Question.Choice> choices) {
        return choices.stream().map(c -> c.text() + (c.correct() ? "*" : "")).toList().toString();
    }

    /** The kind, the prompt and what makes the answer right. */
    static String question(Question q) {
        String answer;
        if (q instanceof Question.SingleChoice s) answer = choices(s.choices());
        else if (q instanceof Question.MultipleChoice m) answer = choices(m.choices());
        else if (q instanceof Question.TrueFalse t) answer = String.valueOf(t.answer());
        else if (q instanceof Question.FillIn f) answer = f.answers().toString();
        else if (q instanceof Question.Matching m) answer = m.pairs().stream().map(p -> p.left() + "=" + p.right()).toList().toString();
        else if (q instanceof Question.Ordering o) answer = o.items().toString();
        else if (q instanceof Question.Numeric n) answer = n.answer() + "±" + n.tolerance();
        else throw new IllegalStateException("a question kind without a fingerprint: " + q.type());
        return q.type() + "\n" + q.info().prompt() + "\n" + answer;
    }
}

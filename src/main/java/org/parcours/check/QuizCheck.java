package org.parcours.check;

import org.parcours.i18n.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostics;
import org.parcours.model.Course;
import org.parcours.model.Id;
import org.parcours.model.Lesson;
import org.parcours.model.Question;
import org.parcours.model.Quiz;

/** Every question can be answered right and only one way; pools can be drawn; lesson references resolve. */
final class QuizCheck implements Check {
    static final int MIN_ITEMS = 2;
    static final int MAX_ITEMS = 8;

    @Override
    public void run(Course course, Diagnostics diags) {
        Set<Id> lessons = new HashSet<>();
        course.lessons().stream().map(Lesson::id).forEach(lessons::add);
        for (Quiz quiz : course.quizzes()) {
            if (quiz.questions().isEmpty()) {
                diags.error(Code.EMPTY_QUIZ, quiz.pos(), "quiz '%s' has no questions", quiz.id());
                continue;
            }
            if (quiz.draw() > quiz.questions().size()) {
                diags.error(Code.POOL_TOO_SMALL, quiz.pos(), "quiz '%s' draws %d questions but holds only %d",
                        quiz.id(), quiz.draw(), quiz.questions().size())
                        .hint("add %d questions or set 'draw: %d'", quiz.draw() - quiz.questions().size(), quiz.questions().size());
            }
            for (Question q : quiz.questions()) {
                q.info().lesson().filter(l -> !lessons.contains(l)).ifPresent(l ->
                        diags.error(Code.UNKNOWN_LESSON, q.info().pos(), "question '%s' refers to lesson '%s', which does not exist",
                                q.id(), l).hint("use the id of a lesson: its file name without number and .md"));
                question(q, diags);
            }
        }
    }

    private static void question(Question q, Diagnostics diags) {
        if (q instanceof Question.SingleChoice s) {
            long correct = s.choices().stream().filter(Question.Choice::correct).count();
            count(q, s.choices().size(), CHOICES, diags);
            if (correct == 0) noCorrect(q, diags);
            if (correct > 1) {
                diags.error(Code.SINGLE_MANY_CORRECT, q.info().pos(),
                        "single-choice question '%s' has %d correct answers", q.id(), correct);
            }
            distinct(q, s.choices(), Question.Choice::text, diags);
        } else if (q instanceof Question.MultipleChoice m) {
            count(q, m.choices().size(), CHOICES, diags);
            if (m.choices().stream().noneMatch(Question.Choice::correct)) noCorrect(q, diags);
            distinct(q, m.choices(), Question.Choice::text, diags);
        } else if (q instanceof Question.FillIn f) {
            if (f.answers().isEmpty()) noCorrect(q, diags);
        } else if (q instanceof Question.Matching m) {
            count(q, m.pairs().size(), new Text[] {Text.of("pair"), Text.of("pairs")}, diags);
            distinct(q, m.pairs(), Question.Pair::left, diags);
            distinct(q, m.pairs(), Question.Pair::right, diags);
        } else if (q instanceof Question.Ordering o) {
            count(q, o.items().size(), new Text[] {Text.of("item"), Text.of("items")}, diags);
            distinct(q, o.items(), Function.identity(), diags);
        } else if (q instanceof Question.Numeric n && n.tolerance() < 0) {
            diags.error(Code.INVALID_VALUE, q.info().pos(), "question '%s' has a negative tolerance", q.id());
        }
    }

    private static void noCorrect(Question q, Diagnostics diags) {
        diags.error(Code.NO_CORRECT_ANSWER, q.info().pos(), "question '%s' has no correct answer", q.id());
        if (q instanceof Question.FillIn) diags.hint("list the accepted answers under 'answers:'");
    }

    private static final Text[] CHOICES = {Text.of("choice"), Text.of("choices")};

    /** {@code what} is the singular and the plural of what is counted. */
    private static void count(Question q, int n, Text[] what, Diagnostics diags) {
        if (n < MIN_ITEMS || n > MAX_ITEMS) {
            diags.error(Code.TOO_FEW_ITEMS, q.info().pos(), "question '%s' has %d %s; it needs %d to %d",
                    q.id(), n, n == 1 ? what[0] : what[1], MIN_ITEMS, MAX_ITEMS);
        }
    }

    private static <T> void distinct(Question q, List<T> items, Function<T, String> text, Diagnostics diags) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String t = text.apply(item).strip().toLowerCase(java.util.Locale.ROOT);
            if (!seen.add(t)) {
                diags.error(Code.DUPLICATE_ITEM, q.info().pos(), "question '%s' lists '%s' twice", q.id(), text.apply(item));
            }
        }
    }
}

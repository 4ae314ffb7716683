package org.parcours.check;

import org.parcours.i18n.Text;
import java.util.HashMap;
import java.util.Map;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.SourcePos;
import org.parcours.model.Course;
import org.parcours.model.Id;
import org.parcours.model.Lesson;
import org.parcours.model.Page;
import org.parcours.model.Part;
import org.parcours.model.Question;
import org.parcours.model.Quiz;

/**
 * Identifiers must be unique: parts, lessons, pages and quizzes share one namespace (they all become SCORM items
 * and xAPI activities), questions another, and choices are unique within their question.
 */
final class IdCheck implements Check {

    @Override
    public void run(Course course, Diagnostics diags) {
        Map<Id, SourcePos> items = new HashMap<>();
        for (Part p : course.parts()) {
            claim(items, p.id(), p.pos(), Text.of("part"), diags);
            for (Lesson l : p.lessons()) claim(items, l.id(), l.pos(), Text.of("lesson"), diags);
        }
        for (Page page : course.pages()) claim(items, page.id(), page.pos(), Text.of("page"), diags);
        Map<Id, SourcePos> questions = new HashMap<>();
        for (Quiz q : course.quizzes()) {
            claim(items, q.id(), q.pos(), Text.of("quiz"), diags);
            for (Question question : q.questions()) {
                claim(questions, question.id(), question.info().pos(), Text.of("question"), diags);
                if (question instanceof Question.SingleChoice s) choices(s.choices(), diags);
                if (question instanceof Question.MultipleChoice m) choices(m.choices(), diags);
            }
        }
    }

    private static void choices(java.util.List<Question.Choice> choices, Diagnostics diags) {
        Map<Id, SourcePos> seen = new HashMap<>();
        for (Question.Choice c : choices) claim(seen, c.id(), c.pos(), Text.of("choice"), diags);
    }

    private static void claim(Map<Id, SourcePos> seen, Id id, SourcePos pos, Text what, Diagnostics diags) {
        SourcePos first = seen.putIfAbsent(id, pos);
        if (first != null) {
            diags.error(Code.DUPLICATE_ID, pos, "%s id '%s' is already used at %s", what, id, first)
                    .hint("give one of them another 'id:' (or rename its file)");
        }
    }
}

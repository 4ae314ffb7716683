package org.parcours.render;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.parcours.model.Block;
import org.parcours.model.Body;
import org.parcours.model.Course;
import org.parcours.model.Lesson;
import org.parcours.model.Page;
import org.parcours.model.Part;
import org.parcours.model.Question;
import org.parcours.model.Quiz;
import org.parcours.typography.FrenchTypography;

/**
 * The course as the learner reads it: for a French course every plain text of the model (titles, summaries,
 * objectives, prompts, choices, feedback, block titles) gets French no-break spaces, so that the author types
 * ordinary spaces and no line of the player starts with « ? » or « : ». Markdown bodies are typeset on their
 * syntax tree by {@link MarkdownHtml}, where code and link targets are told apart from text. What the learner
 * types and the player compares (fill-in answers) is left exactly as written.
 */
final class Typeset {
    private Typeset() {}

    static Course apply(Course c) {
        if (!FrenchTypography.appliesTo(c.language())) return c;
        UnaryOperator<String> t = FrenchTypography::fix;
        var m = c.metadata();
        Course.Metadata meta = new Course.Metadata(t.apply(m.title()), m.language(), m.version(), m.date(),
                t.apply(m.description()), m.publisher(), m.authors(), m.licence(), m.keywords(), m.minutes());
        List<Part> parts = c.parts().stream().map(p -> new Part(p.id(), p.number(), t.apply(p.title()), t.apply(p.summary()),
                texts(p.objectives()), p.lessons().stream().map(Typeset::lesson).toList(), p.quiz().map(Typeset::quiz),
                p.source(), p.pos())).toList();
        return new Course(c.iri(), c.id(), meta, c.settings(), c.intro().map(Typeset::page), parts,
                c.assessment().map(Typeset::quiz), c.appendices().stream().map(Typeset::page).toList(), c.assets(),
                c.root(), c.pos());
    }

    private static Lesson lesson(Lesson l) {
        return new Lesson(l.id(), FrenchTypography.fix(l.title()), l.minutes(), texts(l.objectives()), body(l.body()),
                l.source(), l.pos());
    }

    private static Page page(Page p) {
        return new Page(p.id(), FrenchTypography.fix(p.title()), p.minutes(), body(p.body()), p.source(), p.pos());
    }

    /** Block titles are plain text; the Markdown inside blocks is typeset when it is rendered. */
    private static Body body(Body b) {
        List<Block> blocks = b.blocks().stream().map(block -> {
            if (block instanceof Block.Callout c) return new Block.Callout(FrenchTypography.fix(c.title()), c.content(), c.pos());
            if (block instanceof Block.Details d) return new Block.Details(FrenchTypography.fix(d.summary()), d.content(), d.pos());
            return block;
        }).toList();
        return new Body(blocks, b.headings(), b.references(), b.words(), b.readable());
    }

    private static Quiz quiz(Quiz q) {
        return new Quiz(q.id(), FrenchTypography.fix(q.title()), FrenchTypography.fix(q.intro()), q.passingScore(),
                q.maxAttempts(), q.shuffle(), q.draw(), opt(q.passedFeedback()), opt(q.failedFeedback()),
                q.questions().stream().map(Typeset::question).toList(), q.isAssessment(), q.source(), q.pos());
    }

    private static Question question(Question q) {
        var i = q.info();
        Question.Info info = new Question.Info(i.id(), FrenchTypography.fix(i.prompt()), i.points(), i.lesson(),
                opt(i.correctFeedback()), opt(i.incorrectFeedback()), i.pos());
        if (q instanceof Question.SingleChoice s) return new Question.SingleChoice(info, choices(s.choices()));
        if (q instanceof Question.MultipleChoice m) return new Question.MultipleChoice(info, choices(m.choices()));
        if (q instanceof Question.TrueFalse tf) return new Question.TrueFalse(info, tf.answer());
        if (q instanceof Question.FillIn f) return new Question.FillIn(info, f.answers(), f.ignoreCase(), f.ignoreAccents());
        if (q instanceof Question.Matching m) {
            return new Question.Matching(info, m.pairs().stream().map(p -> new Question.Pair(FrenchTypography.fix(p.left()),
                    FrenchTypography.fix(p.right()), p.pos())).toList());
        }
        if (q instanceof Question.Ordering o) return new Question.Ordering(info, texts(o.items()));
        if (q instanceof Question.Numeric n) return new Question.Numeric(info, n.answer(), n.tolerance());
        throw new IllegalStateException("a question kind Typeset does not know: " + q.type());
    }

    private static List<Question.Choice> choices(List<Question.Choice> choices) {
        return choices.stream().map(c -> new Question.Choice(c.id(), FrenchTypography.fix(c.text()), c.correct(),
                opt(c.feedback()), c.pos())).toList();
    }

    private static List<String> texts(List<String> texts) {
        return texts.stream().map(FrenchTypography::fix).toList();
    }

    private static Optional<String> opt(Optional<String> text) {
        return text.map(FrenchTypography::fix);
    }
}

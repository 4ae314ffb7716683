package org.parcours.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.SourcePos;
import org.parcours.model.Block;
import org.parcours.model.Body;
import org.parcours.model.Course;
import org.parcours.model.Question;
import org.parcours.model.Quiz;

/**
 * French typography, for courses in French only: an ordinary space before : ; ! ? » or after « breaks lines at
 * the wrong place (warning T301); straight double quotes in prose (warning T302). Code and URLs are skipped.
 */
final class TypographyCheck implements Check {
    private static final Pattern BAD_SPACE = Pattern.compile("(?<=\\S) [:;!?»]|« ");
    private static final Pattern STRAIGHT = Pattern.compile("\"[^\"\\n]+\"");
    private static final Pattern SKIP = Pattern.compile("`[^`]*`|\\]\\([^)]*\\)|<[^>]+>|https?://\\S+");

    @Override
    public void run(Course course, Diagnostics diags) {
        if (!course.language().toLowerCase(Locale.ROOT).startsWith("fr")) return;
        course.lessons().forEach(l -> {
            text(l.title(), l.pos(), diags);
            l.objectives().forEach(o -> text(o, l.pos(), diags));
            body(l.body(), diags);
        });
        course.pages().forEach(p -> {
            text(p.title(), p.pos(), diags);
            body(p.body(), diags);
        });
        course.parts().forEach(p -> {
            text(p.title(), p.pos(), diags);
            text(p.summary(), p.pos(), diags);
            p.objectives().forEach(o -> text(o, p.pos(), diags));
        });
        for (Quiz quiz : course.quizzes()) {
            text(quiz.title(), quiz.pos(), diags);
            for (Question q : quiz.questions()) {
                for (String s : texts(q)) text(s, q.info().pos(), diags);
            }
        }
    }

    private static List<String> texts(Question q) {
        List<String> out = new ArrayList<>();
        out.add(q.info().prompt());
        q.info().correctFeedback().ifPresent(out::add);
        q.info().incorrectFeedback().ifPresent(out::add);
        List<Question.Choice> choices = q instanceof Question.SingleChoice s ? s.choices()
                : q instanceof Question.MultipleChoice m ? m.choices() : List.of();
        choices.forEach(c -> {
            out.add(c.text());
            c.feedback().ifPresent(out::add);
        });
        if (q instanceof Question.Matching m) m.pairs().forEach(p -> {
            out.add(p.left());
            out.add(p.right());
        });
        if (q instanceof Question.Ordering o) out.addAll(o.items());
        return out;
    }

    private static void body(Body body, Diagnostics diags) {
        for (Block b : body.blocks()) {
            if (b instanceof Block.Prose p) {
                prose(p, diags);
            } else if (b instanceof Block.Callout c) {
                text(c.title(), c.pos(), diags);
                prose(c.content(), diags);
            } else if (b instanceof Block.Details d) {
                text(d.summary(), d.pos(), diags);
                prose(d.content(), diags);
            } else if (b instanceof Block.Media m) {
                prose(m.transcript(), diags);
            } else if (b instanceof Block.Download d) {
                prose(d.label(), diags);
            }
        }
    }

    private static void prose(Block.Prose p, Diagnostics diags) {
        String[] lines = p.markdown().split("\n", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].stripLeading().startsWith("```")) fenced = !fenced;
            if (fenced || lines[i].startsWith("    ")) continue;
            scan(lines[i], new SourcePos(p.pos().file(), p.pos().line() + i, 1), diags);
        }
    }

    /** For YAML texts the position is the item's; a one-line message still says which text it is. */
    private static void text(String s, SourcePos pos, Diagnostics diags) {
        for (String line : s.split("\n")) scan(line, pos, diags);
    }

    private static void scan(String line, SourcePos pos, Diagnostics diags) {
        String masked = mask(line);
        Matcher m = BAD_SPACE.matcher(masked);
        if (m.find()) {
            SourcePos at = pos.line() > 0 && pos.column() == 1 ? pos.atLine(pos.line(), m.start() + 1) : pos;
            diags.warning(Code.SPACE_BEFORE_PUNCTUATION, at, "ordinary space in « %s »", excerpt(line, m.start()));
        }
        Matcher q = STRAIGHT.matcher(masked);
        if (q.find()) {
            SourcePos at = pos.line() > 0 && pos.column() == 1 ? pos.atLine(pos.line(), q.start() + 1) : pos;
            diags.warning(Code.STRAIGHT_QUOTES, at, "straight quotes in « %s »", excerpt(line, q.start()));
        }
    }

    /** Blanks out code spans, link targets, HTML tags and URLs, keeping columns. */
    private static String mask(String line) {
        Matcher m = SKIP.matcher(line);
        StringBuilder sb = new StringBuilder(line);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) sb.setCharAt(i, 'x');
        }
        return sb.toString();
    }

    private static String excerpt(String line, int at) {
        int from = Math.max(0, at - 20);
        int to = Math.min(line.length(), at + 20);
        return (from > 0 ? "…" : "") + line.substring(from, to).strip() + (to < line.length() ? "…" : "");
    }
}

package org.parcours.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.SourcePos;
import org.parcours.model.Course;
import org.parcours.typography.FrenchTypography;
import org.parcours.typography.ProseSpans;
import org.parcours.typography.SourceFile;

/**
 * French typography, for courses in French only: straight double quotes in prose (warning T302). No-break spaces
 * are not checked here: the renderer puts them in (T301 comes from `parcours check --typography` and `parcours
 * fmt --check`, for authors who want them in the sources too). The prose is read from the source files, so that
 * a warning points at the exact line and column, in YAML and front matter as in Markdown.
 */
final class TypographyCheck implements Check {
    private static final Pattern STRAIGHT = Pattern.compile("\"[^\"\\n]+\"");

    @Override
    public void run(Course course, Diagnostics diags) {
        if (!FrenchTypography.appliesTo(course.language())) return;
        String file = course.pos().file();
        String display = file.substring(0, file.length() - "course.yaml".length());
        for (String rel : course.sources()) {
            String text = SourceFile.read(course.root().resolve(rel)).orElse(null);
            if (text == null) continue;
            String[] lines = text.split("\n", -1);
            List<ProseSpans.Span> spans = rel.endsWith(".md") ? ProseSpans.markdown(text) : ProseSpans.yaml(text);
            int lastLine = 0;
            for (ProseSpans.Span s : spans) {
                if (s.line() == lastLine) continue; // one warning a line is enough to find the others
                Matcher q = STRAIGHT.matcher(lines[s.line() - 1]).region(s.start(), s.end());
                if (q.find()) {
                    lastLine = s.line();
                    diags.warning(Code.STRAIGHT_QUOTES, new SourcePos(display + rel, s.line(), q.start() + 1),
                            "straight quotes in « %s »", SourceFile.excerpt(lines[s.line() - 1], q.start()));
                }
            }
        }
    }

}

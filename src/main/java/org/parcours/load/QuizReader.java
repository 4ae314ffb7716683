package org.parcours.load;

import org.parcours.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.SourcePos;
import org.parcours.model.Id;
import org.parcours.model.Question;
import org.parcours.model.Question.Choice;
import org.parcours.model.Question.Info;
import org.parcours.model.Question.Pair;
import org.parcours.model.Quiz;

/** Builds a {@link Quiz} from a quiz YAML file's tree. Semantic checks (correct answers, pools) live in check/. */
final class QuizReader {
    private static final List<String> TYPES =
            List.of("single", "multiple", "truefalse", "fillin", "matching", "ordering", "numeric");

    private final Diagnostics diags;

    QuizReader(Diagnostics diags) {
        this.diags = diags;
    }

    Optional<Quiz> read(Fields f, Id defaultId, int defaultPassingScore, boolean assessment, String source) {
        Id id = id(f, "id").orElse(defaultId);
        String title = f.requiredText("title").orElse(id.value());
        String intro = f.text("intro").orElse("");
        int passing = f.integer("passingScore", 0, 100).map(Long::intValue).orElse(defaultPassingScore);
        int maxAttempts = f.integer("maxAttempts", 0, 100).map(Long::intValue).orElse(0);
        boolean shuffle = f.bool("shuffle").orElse(true);
        Optional<Long> draw = f.integer("draw", 1, 1000);
        Optional<String> passed = Optional.empty();
        Optional<String> failed = Optional.empty();
        Optional<Fields> feedback = f.map("feedback");
        if (feedback.isPresent()) {
            passed = feedback.get().text("passed");
            failed = feedback.get().text("failed");
            feedback.get().finish();
        }
        List<Question> questions = new ArrayList<>();
        if (!f.has("questions")) f.missing("questions", Text.of("a list of questions"));
        for (Fields q : f.maps("questions", Text.of("question"))) question(q).ifPresent(questions::add);
        f.finish();
        int drawn = draw.map(Long::intValue).orElse(questions.size());
        return Optional.of(new Quiz(id, title, intro, passing, maxAttempts, shuffle, drawn, passed, failed,
                questions, assessment, source, f.pos()));
    }

    private Optional<Question> question(Fields q) {
        Optional<Id> id = id(q, "id");
        if (id.isEmpty() && !q.has("id")) {
            q.missing("id", Text.of("a slug unique in the course, e.g. 'seuil-conseils-de-quartier'"));
        }
        Optional<String> type = q.requiredText("type");
        if (type.isPresent() && !TYPES.contains(type.get())) {
            diags.error(Code.INVALID_VALUE, q.posOf("type"), "unknown question type '%s'", type.get())
                    .hint("use one of: %s", String.join(", ", TYPES));
            type = Optional.empty();
        }
        String prompt = q.requiredText("prompt").orElse("");
        int points = q.integer("points", 0, 1000).map(Long::intValue).orElse(1);
        Optional<Id> lesson = id(q, "lesson");
        Optional<String> correct = Optional.empty();
        Optional<String> incorrect = Optional.empty();
        Optional<Fields> fb = q.map("feedback");
        if (fb.isPresent()) {
            correct = fb.get().text("correct");
            incorrect = fb.get().text("incorrect");
            fb.get().finish();
        }
        if (id.isEmpty() || type.isEmpty()) {
            q.finish();
            return Optional.empty();
        }
        Info info = new Info(id.get(), prompt, points, lesson, correct, incorrect, q.pos());
        Question built = switch (type.get()) {
            case "single" -> new Question.SingleChoice(info, choices(q));
            case "multiple" -> new Question.MultipleChoice(info, choices(q));
            case "truefalse" -> new Question.TrueFalse(info, required(q, q.bool("answer"), "answer", Text.of("true or false"), false));
            case "fillin" -> fillIn(q, info);
            case "matching" -> new Question.Matching(info, pairs(q));
            case "ordering" -> new Question.Ordering(info, requiredList(q, "items"));
            case "numeric" -> new Question.Numeric(info, required(q, q.number("answer"), "answer", Text.of("a number"), 0.0),
                    q.number("tolerance").orElse(0.0));
            default -> throw new IllegalStateException("type list and switch disagree: " + type.get());
        };
        q.finish();
        return Optional.of(built);
    }

    private Question fillIn(Fields q, Info info) {
        List<String> answers = requiredList(q, "answers");
        boolean ignoreCase = q.bool("ignoreCase").orElse(true);
        boolean ignoreAccents = q.bool("ignoreAccents").orElse(false);
        return new Question.FillIn(info, answers, ignoreCase, ignoreAccents);
    }

    private List<Choice> choices(Fields q) {
        if (!q.has("choices")) q.missing("choices", Text.of("a list of choices"));
        List<Choice> out = new ArrayList<>();
        List<Fields> items = q.maps("choices", Text.of("choice"));
        for (int i = 0; i < items.size(); i++) {
            Fields c = items.get(i);
            Id id = id(c, "id").orElse(new Id(String.valueOf((char) ('a' + Math.min(i, 25)))));
            String text = c.requiredText("text").orElse("");
            boolean correct = c.bool("correct").orElse(false);
            Optional<String> feedback = c.text("feedback");
            c.finish();
            out.add(new Choice(id, text, correct, feedback, c.pos()));
        }
        return out;
    }

    private List<Pair> pairs(Fields q) {
        if (!q.has("pairs")) q.missing("pairs", Text.of("a list of {left, right} pairs"));
        List<Pair> out = new ArrayList<>();
        for (Fields p : q.maps("pairs", Text.of("pair"))) {
            String left = p.requiredText("left").orElse("");
            String right = p.requiredText("right").orElse("");
            p.finish();
            out.add(new Pair(left, right, p.pos()));
        }
        return out;
    }

    private List<String> requiredList(Fields q, String key) {
        if (!q.has(key)) q.missing(key, Text.of("a list of texts"));
        return q.texts(key);
    }

    private <T> T required(Fields q, Optional<T> value, String key, Text expected, T fallback) {
        if (value.isEmpty() && !q.has(key)) q.missing(key, expected);
        return value.orElse(fallback);
    }

    private Optional<Id> id(Fields f, String key) {
        return f.text(key).flatMap(v -> {
            if (Id.isSlug(v)) return Optional.of(new Id(v));
            SourcePos at = f.posOf(key);
            diags.error(Code.INVALID_VALUE, at, "'%s' must be a slug (a-z, 0-9, -), found '%s'", key, v)
                    .hint("use '%s'", Id.slugify(v));
            return Optional.empty();
        });
    }
}

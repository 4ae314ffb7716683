package org.parcours.diag;

/**
 * The stable diagnostic codes of the course format. A code is never reused for another meaning; each one has
 * a fixture under src/test/resources/invalid/&lt;ID&gt;/ and a row in the README's reference.
 * P = files and syntax, L = links and media, Q = quizzes, T = French typography, B = build, R = the player's
 * rendering (templates and theme).
 */
public enum Code {
    NOT_UTF8("P001", "file is not UTF-8", "save the file as UTF-8 (most editors: \"Save with encoding\")"),
    YAML_SYNTAX("P002", "invalid YAML", ""),
    UNKNOWN_KEY("P003", "unknown key", ""),
    MISSING_FIELD("P004", "missing required field", ""),
    WRONG_TYPE("P005", "wrong type", ""),
    INVALID_VALUE("P006", "invalid value", ""),
    FRONT_MATTER("P007", "missing or unterminated front matter",
            "a lesson starts with a line '---', YAML keys (title, minutes, objectives), then a line '---'"),
    BAD_NAME("P008", "file or folder name is not a slug", ""),
    STRAY_FILE("P009", "file not understood by the loader",
            "move it under assets/ if it is a resource, or delete it"),
    DUPLICATE_ID("P010", "duplicate identifier", "identifiers must be unique across the course"),
    EMPTY_LESSON("P011", "lesson has no content", "write the lesson's body below the front matter"),
    EMPTY_PART("P012", "part has no lessons", "add a lesson file such as 01-introduction.md to the part's folder"),
    NO_COURSE("P013", "no course.yaml", "point the tool at the folder that holds course.yaml"),
    BLOCK_SYNTAX("P014", "malformed block extension",
            "blocks are '::: callout Title', '::: details Title', '::: video FILE captions=FILE', "
                    + "'::: audio FILE captions=FILE' or '::: download FILE', each closed by a line ':::'"),
    DUPLICATE_KEY("P015", "duplicate key", "remove one of the two entries"),
    OUTSIDE_COURSE("P016", "symbolic link, special file or path leaving the course",
            "a package holds only real files of the course folder: copy the file into the course instead of linking it"),

    BROKEN_LINK("L101", "link to a missing lesson or file", ""),
    BROKEN_ANCHOR("L102", "link to a missing section", ""),
    MISSING_ASSET("L103", "missing image, media or attachment", "check the path: it is relative to the lesson file"),
    MISSING_ALT("L104", "image without alternative text",
            "describe the image between the brackets: ![what the image shows](path)"),
    MISSING_CAPTIONS("L105", "video or audio without captions",
            "add a WebVTT track: '::: video FILE captions=FILE.vtt'"),

    NO_CORRECT_ANSWER("Q201", "question has no correct answer", "mark the right choice with 'correct: true'"),
    SINGLE_MANY_CORRECT("Q202", "single-choice question has several correct answers",
            "use 'type: multiple' or keep one 'correct: true'"),
    POOL_TOO_SMALL("Q203", "pool draws more questions than it holds", ""),
    TOO_FEW_ITEMS("Q204", "question has too few or too many items", ""),
    UNKNOWN_LESSON("Q205", "question refers to an unknown lesson", ""),
    DUPLICATE_ITEM("Q206", "question lists the same item twice", "each choice, pair or item must be distinct"),
    EMPTY_QUIZ("Q207", "quiz has no questions", "add questions under 'questions:'"),

    SPACE_BEFORE_PUNCTUATION("T301", "ordinary space in French punctuation",
            "the player puts the no-break spaces in itself; 'parcours fmt' writes them into the sources"),
    STRAIGHT_QUOTES("T302", "straight quotes in French text",
            "use « guillemets » with no-break spaces, or “ ” inside a quotation"),

    UNKNOWN_FORMAT("B401", "unknown package format", ""), // hint: the registry's list, org.parcours.format.Formats#hint
    INVALID_PACKAGE("B402", "built package fails validation",
            "this is a bug in Parcours if the course passed `parcours check`: please report it"),
    SUSPEND_DATA_TOO_LARGE("B403", "learner state could exceed the suspend data of SCORM 1.2 (4,096 characters) or 2004 (64,000)",
            "lower 'draw' or the number of questions of the largest quizzes, shorten the longest accepted fill-in answers, or split the course"),
    OUT_INSIDE_COURSE("B404", "output folder inside a folder the course is read from",
            "choose an output folder outside the course, or one the course format ignores (e.g. target/)"),

    TEMPLATE_ERROR("R501", "error in a course template",
            "a file in the course's templates/ folder replaces the built-in template of the same name; "
                    + "see the player's documentation for the data each template receives"),
    UNKNOWN_TEMPLATE("R502", "template replaces no built-in template",
            "built-in templates: index.ftlh, part.ftlh, lesson.ftlh, blocks.ftlh, quiz.ftlh, questions.ftlh"),
    LOW_CONTRAST("R503", "theme colour has too little contrast on white",
            "WCAG 2.1 AA wants 4.5:1 for text (primaryColor) and 3:1 for the focus ring (accentColor): use a darker colour");

    private final String id;
    private final String title;
    private final String defaultHint;

    Code(String id, String title, String defaultHint) {
        this.id = id;
        this.title = title;
        this.defaultHint = defaultHint;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String defaultHint() {
        return defaultHint;
    }
}

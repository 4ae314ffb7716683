package org.parcours.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges a session of a SCO as strictly as the SCORM 1.2 RTE reads and as Moodle in standards mode enforces, on the
 * points where scorm-again is lenient: every call answered without an error code; one LMSInitialize first, one
 * LMSFinish last; suspend_data within 4,096 characters and lesson_location within 255 (RTE 3.4.4); the
 * vocabularies of lesson_status, exit and interaction result ("wrong", never "incorrect"); CMITimespan and CMITime;
 * interaction ids without white space; responses in the format of their interaction type (RTE 3.4.2.7.4).
 * Returns the violations found, each a readable sentence; empty means the session is clean.
 */
public final class Scorm12Rules {
    static final Pattern TIMESPAN = Pattern.compile("\\d{2,4}:[0-5]\\d:[0-5]\\d(\\.\\d{1,2})?");
    static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,2})?");
    static final Pattern DECIMAL = Pattern.compile("-?\\d{1,10}(\\.\\d+)?");
    /** Moodle's CMIDecimal for scores and weights: at most three digits before the point. */
    static final Pattern SCORE = Pattern.compile("-?\\d{0,3}(\\.\\d*)?");
    static final Pattern IDENTIFIER = Pattern.compile("[\\x21-\\x7e]{1,255}");
    static final Pattern CHARS = Pattern.compile("\\{?[0-9a-z](,[0-9a-z])*\\}?");
    static final Pattern PAIRS = Pattern.compile("\\{?[0-9a-z]\\.[0-9a-z](,[0-9a-z]\\.[0-9a-z])*\\}?");
    static final Set<String> STATUS = Set.of("passed", "completed", "failed", "incomplete", "browsed");
    static final Set<String> OBJECTIVE_STATUS = Set.of("passed", "completed", "failed", "incomplete", "browsed", "not attempted");
    static final Set<String> EXIT = Set.of("time-out", "suspend", "logout", "");
    static final Set<String> TYPES = Set.of("true-false", "choice", "fill-in", "matching", "performance", "sequencing", "likert", "numeric");
    static final Set<String> RESULTS = Set.of("correct", "wrong", "unanticipated", "neutral");
    private static final Pattern OBJECTIVE = Pattern.compile("cmi\\.objectives\\.(\\d+)\\.(.+)");

    private Scorm12Rules() {}

    public static List<String> violations(List<Scorm12Lms.Call> calls) {
        List<String> out = new ArrayList<>();
        if (calls.isEmpty()) return out;
        List<Scorm12Lms.Call> api = ScormSessionShape.V12.judge(calls, out);
        Map<String, String> sets = new LinkedHashMap<>();
        for (Scorm12Lms.Call c : api) if (c.fn().equals("LMSSetValue")) judgeSet(c.args().get(0), c.args().get(1), out);
        api.stream().filter(c -> c.fn().equals("LMSSetValue")).forEach(c -> sets.put(c.args().get(0), c.args().get(1)));
        judgeInteractions(sets, out);
        return out;
    }

    private static void judgeSet(String element, String value, List<String> out) {
        switch (element) {
            case "cmi.suspend_data" -> require(value.length() <= 4096, out, "suspend_data has %d characters (at most 4096)", value.length());
            case "cmi.core.lesson_location" -> require(value.length() <= 255, out, "lesson_location has %d characters (at most 255)", value.length());
            case "cmi.core.lesson_status" -> require(STATUS.contains(value), out, "lesson_status '%s' is not in the vocabulary", value);
            case "cmi.core.exit" -> require(EXIT.contains(value), out, "exit '%s' is not in the vocabulary", value);
            case "cmi.core.session_time" -> require(TIMESPAN.matcher(value).matches(), out, "session_time '%s' is not a CMITimespan", value);
            case "cmi.core.score.raw", "cmi.core.score.min", "cmi.core.score.max" -> require(
                    SCORE.matcher(value).matches() && !value.isEmpty() && Double.parseDouble(value) >= 0 && Double.parseDouble(value) <= 100,
                    out, "%s '%s' is not a decimal from 0 to 100", element, value);
            default -> {
                Matcher o = OBJECTIVE.matcher(element);
                if (o.matches()) {
                    switch (o.group(2)) {
                        case "id" -> require(IDENTIFIER.matcher(value).matches(), out, "objective id '%s' is not a CMIIdentifier", value);
                        case "status" -> require(OBJECTIVE_STATUS.contains(value), out, "objective status '%s' is not in the vocabulary", value);
                        default -> {
                            if (o.group(2).startsWith("score.")) require(SCORE.matcher(value).matches(), out, "%s '%s' is not a decimal", element, value);
                        }
                    }
                }
            }
        }
    }

    /** Interactions are judged whole: a response's format depends on the type set for the same index. */
    private static void judgeInteractions(Map<String, String> sets, List<String> out) {
        ScormSessionShape.interactions(sets).forEach((n, fields) -> {
            String where = "interaction " + n;
            String type = fields.getOrDefault("type", "");
            require(IDENTIFIER.matcher(fields.getOrDefault("id", "")).matches(), out, "%s: id '%s' is not a CMIIdentifier (ASCII, no space)", where, fields.get("id"));
            require(TYPES.contains(type), out, "%s: type '%s' is not in the vocabulary", where, type);
            String result = fields.get("result");
            if (result != null) require(RESULTS.contains(result) || DECIMAL.matcher(result).matches(), out, "%s: result '%s' is not correct, wrong, unanticipated, neutral or a number", where, result);
            if (fields.containsKey("latency")) require(TIMESPAN.matcher(fields.get("latency")).matches(), out, "%s: latency '%s' is not a CMITimespan", where, fields.get("latency"));
            if (fields.containsKey("time")) require(TIME.matcher(fields.get("time")).matches(), out, "%s: time '%s' is not a CMITime", where, fields.get("time"));
            if (fields.containsKey("weighting")) require(SCORE.matcher(fields.get("weighting")).matches(), out, "%s: weighting '%s' is not a decimal", where, fields.get("weighting"));
            fields.forEach((field, value) -> {
                if (field.equals("student_response") || field.matches("correct_responses\\.\\d+\\.pattern")) {
                    require(response(type, value), out, "%s: %s '%s' is not a %s response of SCORM 1.2", where, field, value, type);
                }
                if (field.matches("objectives\\.\\d+\\.id")) require(IDENTIFIER.matcher(value).matches(), out, "%s: %s '%s' is not a CMIIdentifier", where, field, value);
            });
        });
    }

    /** RTE 3.4.2.7.4: the format of a response per interaction type. */
    static boolean response(String type, String value) {
        return switch (type) {
            case "true-false" -> value.matches("[01tf]");
            case "choice", "sequencing" -> CHARS.matcher(value).matches();
            case "matching" -> PAIRS.matcher(value).matches();
            case "numeric" -> DECIMAL.matcher(value).matches();
            case "likert" -> value.matches("[0-9a-z]?");
            case "fill-in", "performance" -> value.length() <= 255;
            default -> false;
        };
    }

    private static void require(boolean ok, List<String> out, String message, Object... args) {
        if (!ok) out.add(String.format(message, args));
    }
}

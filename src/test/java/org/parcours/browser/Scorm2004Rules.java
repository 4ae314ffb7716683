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
 * Judges a session of a SCORM 2004 SCO by the 4th edition RTE, on the points where scorm-again is lenient: the shape
 * of the session ({@link ScormSessionShape}: no error code, one Initialize first, one Terminate last); suspend_data
 * within 64,000 characters and location within 1,000; the vocabularies of completion_status, success_status, exit
 * and interaction result ("incorrect", never "wrong"); score.scaled from -1 to 1 and progress_measure from 0 to 1;
 * ISO 8601 durations and times; responses in the format of their interaction type (RTE 4.2.9.1).
 * Returns the violations found, each a readable sentence; empty means the session is clean.
 */
public final class Scorm2004Rules {
    static final Pattern DURATION = Pattern.compile("P(?!$)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,2})?S)?)?");
    static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,2})?(Z|[+-]\\d{2}(:\\d{2})?)?");
    static final Pattern REAL = Pattern.compile("-?\\d+(\\.\\d{1,7})?");
    static final Pattern SHORT_ID = Pattern.compile("\\S{1,250}");
    static final Pattern LONG_ID = Pattern.compile("\\S{1,4000}");
    static final Pattern LANG = Pattern.compile("(\\{lang=[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*\\})?");
    static final Set<String> COMPLETION = Set.of("completed", "incomplete", "not attempted", "unknown");
    static final Set<String> SUCCESS = Set.of("passed", "failed", "unknown");
    static final Set<String> EXIT = Set.of("time-out", "suspend", "logout", "normal", "");
    static final Set<String> NAV = Set.of("continue", "previous", "exit", "exitAll", "abandon", "abandonAll", "suspendAll", "_none_");
    static final Set<String> TYPES = Set.of("true-false", "choice", "fill-in", "long-fill-in", "matching", "performance",
            "sequencing", "likert", "numeric", "other");
    static final Set<String> RESULTS = Set.of("correct", "incorrect", "unanticipated", "neutral");
    private static final Pattern OBJECTIVE = Pattern.compile("cmi\\.objectives\\.(\\d+)\\.(.+)");

    private Scorm2004Rules() {}

    public static List<String> violations(List<Scorm12Lms.Call> calls) {
        List<String> out = new ArrayList<>();
        if (calls.isEmpty()) return out;
        List<Scorm12Lms.Call> api = ScormSessionShape.V2004.judge(calls, out);
        Map<String, String> sets = new LinkedHashMap<>();
        for (Scorm12Lms.Call c : api) {
            if (!c.fn().equals("SetValue")) continue;
            judgeSet(c.args().get(0), c.args().get(1), out);
            sets.put(c.args().get(0), c.args().get(1));
        }
        judgeInteractions(sets, out);
        return out;
    }

    private static void judgeSet(String element, String value, List<String> out) {
        switch (element) {
            case "cmi.suspend_data" -> require(value.length() <= 64000, out, "suspend_data has %d characters (at most 64000)", value.length());
            case "cmi.location" -> require(value.length() <= 1000, out, "location has %d characters (at most 1000)", value.length());
            case "cmi.completion_status" -> require(COMPLETION.contains(value), out, "completion_status '%s' is not in the vocabulary", value);
            case "cmi.success_status" -> require(SUCCESS.contains(value), out, "success_status '%s' is not in the vocabulary", value);
            case "cmi.exit" -> require(EXIT.contains(value), out, "exit '%s' is not in the vocabulary", value);
            case "cmi.session_time" -> require(DURATION.matcher(value).matches(), out, "session_time '%s' is not a timeinterval", value);
            case "cmi.score.scaled" -> require(real(value, -1, 1), out, "score.scaled '%s' is not a real from -1 to 1", value);
            case "cmi.progress_measure" -> require(real(value, 0, 1), out, "progress_measure '%s' is not a real from 0 to 1", value);
            case "cmi.score.raw", "cmi.score.min", "cmi.score.max" -> require(REAL.matcher(value).matches(), out, "%s '%s' is not a real(10,7)", element, value);
            case "adl.nav.request" -> require(NAV.contains(value) || value.matches("\\{target=\\S+\\}(choice|jump)"), out, "adl.nav.request '%s' is not a navigation request", value);
            default -> {
                Matcher o = OBJECTIVE.matcher(element);
                if (!o.matches()) return;
                switch (o.group(2)) {
                    case "id" -> require(LONG_ID.matcher(value).matches(), out, "objective id '%s' is not a long_identifier_type", value);
                    case "completion_status" -> require(COMPLETION.contains(value), out, "objective completion_status '%s' is not in the vocabulary", value);
                    case "success_status" -> require(SUCCESS.contains(value), out, "objective success_status '%s' is not in the vocabulary", value);
                    case "progress_measure" -> require(real(value, 0, 1), out, "objective progress_measure '%s' is not a real from 0 to 1", value);
                    case "score.scaled" -> require(real(value, -1, 1), out, "objective score.scaled '%s' is not a real from -1 to 1", value);
                    default -> {
                        if (o.group(2).startsWith("score.")) require(REAL.matcher(value).matches(), out, "%s '%s' is not a real(10,7)", element, value);
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
            require(LONG_ID.matcher(fields.getOrDefault("id", "")).matches(), out, "%s: id '%s' is not a long_identifier_type", where, fields.get("id"));
            require(TYPES.contains(type), out, "%s: type '%s' is not in the vocabulary", where, type);
            String result = fields.get("result");
            if (result != null) require(RESULTS.contains(result) || REAL.matcher(result).matches(), out, "%s: result '%s' is not correct, incorrect, unanticipated, neutral or a real", where, result);
            if (fields.containsKey("latency")) require(DURATION.matcher(fields.get("latency")).matches(), out, "%s: latency '%s' is not a timeinterval", where, fields.get("latency"));
            if (fields.containsKey("timestamp")) require(TIMESTAMP.matcher(fields.get("timestamp")).matches(), out, "%s: timestamp '%s' is not a time", where, fields.get("timestamp"));
            if (fields.containsKey("weighting")) require(REAL.matcher(fields.get("weighting")).matches(), out, "%s: weighting '%s' is not a real", where, fields.get("weighting"));
            fields.forEach((field, value) -> {
                if (field.equals("learner_response")) require(response(type, value, false), out, "%s: learner_response '%s' is not a %s response of SCORM 2004", where, value, type);
                if (field.matches("correct_responses\\.\\d+\\.pattern")) require(response(type, value, true), out, "%s: %s '%s' is not a %s pattern of SCORM 2004", where, field, value, type);
                if (field.matches("objectives\\.\\d+\\.id")) require(LONG_ID.matcher(value).matches(), out, "%s: %s '%s' is not a long_identifier_type", where, field, value);
            });
        });
    }

    /** RTE 4.2.9.1: the format of a response (or correct pattern) per interaction type. */
    static boolean response(String type, String value, boolean pattern) {
        return switch (type) {
            case "true-false" -> value.equals("true") || value.equals("false");
            case "choice", "sequencing" -> splitAll(value, "\\[,\\]", s -> SHORT_ID.matcher(s).matches());
            case "matching" -> splitAll(value, "\\[,\\]", p -> p.split("\\[\\.\\]", -1).length == 2
                    && splitAll(p, "\\[\\.\\]", s -> SHORT_ID.matcher(s).matches()));
            case "numeric" -> pattern ? value.matches("(" + REAL.pattern() + ")?\\[:\\](" + REAL.pattern() + ")?")
                    : REAL.matcher(value).matches();
            case "fill-in" -> splitAll(pattern ? value.replaceFirst("^(\\{case_matters=(true|false)\\})?(\\{order_matters=(true|false)\\})?", "") : value,
                    "\\[,\\]", s -> s.replaceFirst("^" + LANG.pattern(), "").length() <= 250 && LANG.matcher(s.substring(0, s.length() - s.replaceFirst("^" + LANG.pattern(), "").length())).matches());
            case "long-fill-in" -> value.replaceFirst("^" + LANG.pattern(), "").length() <= 4000;
            case "likert" -> SHORT_ID.matcher(value).matches();
            case "performance", "other" -> value.length() <= 4000;
            default -> false;
        };
    }

    private static boolean splitAll(String value, String delimiter, java.util.function.Predicate<String> each) {
        for (String s : value.split(delimiter, -1)) if (!each.test(s)) return false;
        return true;
    }

    private static boolean real(String value, double min, double max) {
        if (!REAL.matcher(value).matches()) return false;
        double d = Double.parseDouble(value);
        return d >= min && d <= max;
    }

    private static void require(boolean ok, List<String> out, String message, Object... args) {
        if (!ok) out.add(String.format(message, args));
    }
}

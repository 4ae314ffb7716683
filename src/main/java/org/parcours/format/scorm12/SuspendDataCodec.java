package org.parcours.format.scorm12;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The compact text form of the player's State in {@code cmi.suspend_data}: the Java twin of the encoder in
 * runtime/scorm/suspend-data.js, used at build time to measure the worst case (SCORM 1.2 RTE 3.4.4: suspend_data
 * is a CMIString4096). Both must give the same characters for the same State; a test compares them.
 * The format is specified in docs/scorm12.md ("Suspend data"):
 * <pre>
 *   1 W | loc | done | quiz | quiz …      W: width of references (base 36)
 *   quiz = ref , attempts , best , flags , drawn , answer ; answer …
 * </pre>
 * Only printable ASCII is written; text is escaped so that no delimiter and no quote, '&lt;', '&amp;' or
 * backslash reaches the LMS's storage.
 */
final class SuspendDataCodec {
    static final String VERSION = "1";
    /** Attempt counts above this are stored as this (two base-36 digits), so that a quiz costs a bounded size. */
    static final int MAX_ATTEMPTS_STORED = 36 * 36 - 1;
    private static final String SAFE_PUNCTUATION = " -._:!?()+/=@#$%[]{}^";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SuspendDataCodec() {}

    static String encode(JsonNode state, RefTable refs) {
        StringBuilder out = new StringBuilder(VERSION).append(Integer.toString(refs.width(), 36)).append('|');
        JsonNode loc = state.path("loc");
        if (loc.isTextual()) out.append(refs.ref(loc.asText()));
        out.append('|');
        for (JsonNode id : state.path("done")) out.append(refs.ref(id.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = state.path("quiz").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.append('|').append(refs.ref(e.getKey())).append(',');
            quiz(e.getValue(), refs, out);
        }
        return out.toString();
    }

    private static void quiz(JsonNode q, RefTable refs, StringBuilder out) {
        out.append(Integer.toString(Math.min(q.path("n").asInt(0), MAX_ATTEMPTS_STORED), 36)).append(',');
        JsonNode best = q.path("best");
        if (best.isIntegralNumber() && best.asLong() >= 0 && best.asLong() <= Integer.MAX_VALUE) {
            out.append(Integer.toString(best.asInt(), 36));
        } else if (best.isNumber()) {
            out.append('=').append(jsNumber(best.asDouble()));
        }
        out.append(',');
        out.append((q.path("passed").asBoolean(false) ? 1 : 0) + (q.path("submitted").asBoolean(false) ? 2 : 0)).append(',');
        List<String> drawn = new ArrayList<>();
        for (JsonNode id : q.path("drawn")) {
            drawn.add(id.asText());
            out.append(refs.ref(id.asText()));
        }
        out.append(',');
        int keyWidth = drawn.size() <= 36 ? 1 : 2;
        String separator = "";
        for (Iterator<Map.Entry<String, JsonNode>> it = q.path("answers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> a = it.next();
            out.append(separator);
            separator = ";";
            int at = drawn.indexOf(a.getKey());
            if (at >= 0) {
                String k = Integer.toString(at, 36);
                out.append("0".repeat(keyWidth - k.length())).append(k);
            } else {
                out.append('*').append(escape(a.getKey())).append('*');
            }
            out.append(value(a.getValue()));
        }
    }

    /** One response, by its JSON shape (docs/runtime.md, "Interaction"): the kind letter, then the payload. */
    static String value(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return "z";
        if (v.isBoolean()) return v.asBoolean() ? "t" : "f";
        if (v.isNumber() && Double.isFinite(v.asDouble())) return "n" + jsNumber(v.asDouble());
        if (v.isTextual()) return "s" + escape(v.asText());
        if (v.isArray()) {
            StringBuilder digits = new StringBuilder();
            boolean allDigits = true;
            boolean allPairs = v.size() > 0;
            for (JsonNode e : v) {
                allDigits &= isDigit(e);
                allPairs &= e.isArray() && e.size() == 2 && isDigit(e.get(0)) && isDigit(e.get(1));
            }
            if (allDigits) {
                v.forEach(e -> digits.append(Character.forDigit(e.asInt(), 36)));
                return "a" + digits;
            }
            if (allPairs) {
                v.forEach(e -> digits.append(Character.forDigit(e.get(0).asInt(), 36)).append(Character.forDigit(e.get(1).asInt(), 36)));
                return "p" + digits;
            }
        }
        try {
            return "j" + escape(JSON.writeValueAsString(v));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static boolean isDigit(JsonNode e) {
        return e.isIntegralNumber() && e.asInt() >= 0 && e.asInt() < 36;
    }

    /** Letters, digits, space and a few signs pass; any other UTF-16 unit becomes '~' and four hex digits. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || SAFE_PUNCTUATION.indexOf(c) >= 0)) {
                b.append(c);
            } else {
                String hex = Integer.toHexString(c);
                b.append('~').append("0".repeat(4 - hex.length())).append(hex);
            }
        }
        return b.toString();
    }

    /** A number as JavaScript's String(number) writes it (ECMA-262 Number::toString), so both encoders agree. */
    static String jsNumber(double d) {
        if (d == 0) return "0";
        BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        double a = Math.abs(d);
        if (a >= 1e-6 && a < 1e21) return bd.toPlainString();
        String digits = bd.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - bd.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (d < 0 ? "-" : "") + mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
    }
}

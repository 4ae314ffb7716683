package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The journeys' judge can fail: each rule, broken once, is named in the verdict; a clean session passes. */
class Scorm12RulesTest {

    private static Scorm12Lms.Call call(String fn, String... args) {
        return new Scorm12Lms.Call(fn, List.of(args), "true", "0");
    }

    private static List<Scorm12Lms.Call> session(Scorm12Lms.Call... middle) {
        List<Scorm12Lms.Call> calls = new ArrayList<>();
        calls.add(call("LMSInitialize", ""));
        calls.addAll(List.of(middle));
        calls.add(call("LMSFinish", ""));
        return calls;
    }

    private static Scorm12Lms.Call set(String element, String value) {
        return call("LMSSetValue", element, value);
    }

    @Test
    void acceptsACleanSession() {
        assertThat(Scorm12Rules.violations(session(
                set("cmi.core.lesson_status", "incomplete"),
                set("cmi.suspend_data", "x".repeat(4096)),
                set("cmi.core.lesson_location", "l".repeat(255)),
                set("cmi.interactions.0.id", "role-des-elus-seuil"),
                set("cmi.interactions.0.type", "choice"),
                set("cmi.interactions.0.correct_responses.0.pattern", "a,c"),
                set("cmi.interactions.0.student_response", "c"),
                set("cmi.interactions.0.result", "wrong"),
                set("cmi.interactions.0.latency", "0000:00:12.30"),
                set("cmi.interactions.0.time", "23:59:59"),
                set("cmi.interactions.1.id", "q2"),
                set("cmi.interactions.1.type", "matching"),
                set("cmi.interactions.1.student_response", "a.b,b.a"),
                set("cmi.interactions.2.id", "q3"),
                set("cmi.interactions.2.type", "fill-in"),
                set("cmi.interactions.2.student_response", "l’illectronisme, with spaces"),
                set("cmi.core.score.raw", "85"),
                set("cmi.core.session_time", "0001:02:03.45"),
                set("cmi.core.exit", "")))).isEmpty();
    }

    @Test
    void namesEachBrokenRule() {
        assertThat(Scorm12Rules.violations(session(set("cmi.suspend_data", "x".repeat(4097)))))
                .singleElement().asString().contains("suspend_data has 4097 characters");
        assertThat(Scorm12Rules.violations(session(set("cmi.core.lesson_location", "l".repeat(256)))))
                .singleElement().asString().contains("lesson_location has 256");
        assertThat(Scorm12Rules.violations(session(set("cmi.core.lesson_status", "not attempted"))))
                .singleElement().asString().contains("lesson_status");
        assertThat(Scorm12Rules.violations(session(set("cmi.core.exit", "normal")))).singleElement().asString().contains("exit");
        assertThat(Scorm12Rules.violations(session(set("cmi.core.session_time", "PT1M30S"))))
                .singleElement().asString().contains("session_time 'PT1M30S'");
        assertThat(Scorm12Rules.violations(session(set("cmi.core.session_time", "00:61:00")))).hasSize(1);
        assertThat(Scorm12Rules.violations(session(set("cmi.core.score.raw", "0.85e2")))).hasSize(1);
        assertThat(Scorm12Rules.violations(session(set("cmi.core.score.raw", "100.5")))).hasSize(1);
        assertThat(Scorm12Rules.violations(session(
                set("cmi.interactions.0.id", "q"), set("cmi.interactions.0.type", "numeric"),
                set("cmi.interactions.0.weighting", "1000")))).singleElement().asString().contains("weighting");
        assertThat(Scorm12Rules.violations(session(
                set("cmi.interactions.0.id", "has space"), set("cmi.interactions.0.type", "choice"))))
                .singleElement().asString().contains("id 'has space'");
        assertThat(Scorm12Rules.violations(session(
                set("cmi.interactions.0.id", "q"), set("cmi.interactions.0.type", "choice"),
                set("cmi.interactions.0.result", "incorrect")))).singleElement().asString().contains("result 'incorrect'");
        assertThat(Scorm12Rules.violations(session(
                set("cmi.interactions.0.id", "q"), set("cmi.interactions.0.type", "choice"),
                set("cmi.interactions.0.student_response", "choice-b")))).singleElement().asString().contains("'choice-b'");
        assertThat(Scorm12Rules.violations(session(
                set("cmi.interactions.0.id", "q"), set("cmi.interactions.0.type", "true-false"),
                set("cmi.interactions.0.student_response", "true")))).hasSize(1);
        assertThat(Scorm12Rules.violations(session(
                set("cmi.interactions.0.id", "q"), set("cmi.interactions.0.type", "sequencing"),
                set("cmi.interactions.0.correct_responses.0.pattern", "Information,Consultation")))).hasSize(1);
        assertThat(Scorm12Rules.violations(session(
                set("cmi.interactions.0.id", "q"), set("cmi.interactions.0.type", "numeric"),
                set("cmi.interactions.0.latency", "12s")))).singleElement().asString().contains("latency");
        assertThat(Scorm12Rules.violations(session(
                set("cmi.interactions.0.id", "q"), set("cmi.interactions.0.type", "numeric"),
                set("cmi.interactions.0.time", "2026-11-27T10:00:00Z")))).singleElement().asString().contains("time");
        assertThat(Scorm12Rules.violations(session(
                set("cmi.interactions.0.id", "q"), set("cmi.interactions.0.type", "multiple-choice"))))
                .singleElement().asString().contains("type 'multiple-choice'");
    }

    @Test
    void namesErrorsTwoFinishesAndCallsOutOfSession() {
        List<Scorm12Lms.Call> calls = new ArrayList<>(session());
        calls.add(1, new Scorm12Lms.Call("LMSSetValue", List.of("cmi.core.lesson_status", "done"), "false", "405"));
        assertThat(Scorm12Rules.violations(calls)).anyMatch(v -> v.contains("error 405"));
        List<Scorm12Lms.Call> twice = new ArrayList<>(session());
        twice.add(call("LMSFinish", ""));
        assertThat(Scorm12Rules.violations(twice)).anyMatch(v -> v.contains("LMSFinish was called 2 times"));
        List<Scorm12Lms.Call> after = new ArrayList<>(session());
        after.add(call("LMSCommit", ""));
        assertThat(Scorm12Rules.violations(after)).anyMatch(v -> v.contains("calls after LMSFinish"));
        assertThat(Scorm12Rules.violations(List.of(call("LMSGetValue", "cmi.core.entry"), call("LMSInitialize", ""))))
                .anyMatch(v -> v.contains("the first call"));
        assertThat(Scorm12Rules.violations(List.of(call("LMSInitialize", "x"), call("LMSFinish", ""))))
                .anyMatch(v -> v.contains("takes \"\""));
    }
}

package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SCORM 2004 journeys' judge can fail: each rule, broken once, is named in the verdict; a clean session passes. */
class Scorm2004RulesTest {

    private static Scorm12Lms.Call call(String fn, String... args) {
        return new Scorm12Lms.Call(fn, List.of(args), "true", "0");
    }

    private static List<Scorm12Lms.Call> session(Scorm12Lms.Call... middle) {
        List<Scorm12Lms.Call> calls = new ArrayList<>();
        calls.add(call("Initialize", ""));
        calls.addAll(List.of(middle));
        calls.add(call("Terminate", ""));
        return calls;
    }

    private static Scorm12Lms.Call set(String element, String value) {
        return call("SetValue", element, value);
    }

    @Test
    void acceptsACleanSession() {
        assertThat(Scorm2004Rules.violations(session(
                set("cmi.completion_status", "incomplete"),
                set("cmi.suspend_data", "x".repeat(64000)),
                set("cmi.location", "l".repeat(1000)),
                set("cmi.progress_measure", "0.5"),
                set("cmi.interactions.0.id", "https://example.org/c/p/quiz/q1"),
                set("cmi.interactions.0.type", "choice"),
                set("cmi.interactions.0.correct_responses.0.pattern", "a[,]c"),
                set("cmi.interactions.0.learner_response", "c"),
                set("cmi.interactions.0.result", "incorrect"),
                set("cmi.interactions.0.latency", "PT12.3S"),
                set("cmi.interactions.0.timestamp", "2026-12-04T17:59:59.12Z"),
                set("cmi.interactions.1.id", "q2"),
                set("cmi.interactions.1.type", "matching"),
                set("cmi.interactions.1.learner_response", "a[.]b[,]b[.]a"),
                set("cmi.interactions.2.id", "q3"),
                set("cmi.interactions.2.type", "fill-in"),
                set("cmi.interactions.2.correct_responses.0.pattern", "{case_matters=true}{lang=fr}l’illectronisme"),
                set("cmi.interactions.2.learner_response", "{lang=fr}l’illectronisme, with spaces"),
                set("cmi.interactions.3.id", "q4"),
                set("cmi.interactions.3.type", "numeric"),
                set("cmi.interactions.3.correct_responses.0.pattern", "3400[:]3600"),
                set("cmi.interactions.3.learner_response", "3500"),
                set("cmi.score.scaled", "0.85"),
                set("cmi.score.raw", "85"),
                set("cmi.success_status", "passed"),
                set("cmi.session_time", "PT1H2M3.45S"),
                set("cmi.exit", "normal")))).isEmpty();
    }

    @Test
    void namesEachBrokenRule() {
        assertThat(Scorm2004Rules.violations(session(set("cmi.suspend_data", "x".repeat(64001)))))
                .singleElement().asString().contains("suspend_data has 64001 characters");
        assertThat(Scorm2004Rules.violations(session(set("cmi.location", "l".repeat(1001))))).singleElement().asString().contains("location has 1001");
        assertThat(Scorm2004Rules.violations(session(set("cmi.completion_status", "passed")))).singleElement().asString().contains("completion_status");
        assertThat(Scorm2004Rules.violations(session(set("cmi.success_status", "completed")))).singleElement().asString().contains("success_status");
        assertThat(Scorm2004Rules.violations(session(set("cmi.exit", "")))).isEmpty();
        assertThat(Scorm2004Rules.violations(session(set("cmi.exit", "quit")))).singleElement().asString().contains("exit 'quit'");
        assertThat(Scorm2004Rules.violations(session(set("cmi.session_time", "0001:02:03.45"))))
                .singleElement().asString().contains("session_time '0001:02:03.45'");
        assertThat(Scorm2004Rules.violations(session(set("cmi.score.scaled", "85")))).singleElement().asString().contains("score.scaled");
        assertThat(Scorm2004Rules.violations(session(set("cmi.progress_measure", "1.5")))).singleElement().asString().contains("progress_measure");
        assertThat(Scorm2004Rules.violations(session(set("adl.nav.request", "next")))).singleElement().asString().contains("adl.nav.request");
        assertThat(Scorm2004Rules.violations(session(
                set("cmi.interactions.0.id", "q 1"), set("cmi.interactions.0.type", "choice"),
                set("cmi.interactions.0.learner_response", "a b[,]c"), set("cmi.interactions.0.result", "wrong"),
                set("cmi.interactions.0.timestamp", "17:59:59"), set("cmi.interactions.0.latency", "00:00:12"))))
                .hasSize(5).anyMatch(v -> v.contains("id 'q 1'")).anyMatch(v -> v.contains("result 'wrong'"))
                .anyMatch(v -> v.contains("timestamp")).anyMatch(v -> v.contains("latency"))
                .anyMatch(v -> v.contains("learner_response 'a b[,]c'"));
    }

    @Test
    void judgesTheShapeOfTheSession() {
        List<Scorm12Lms.Call> calls = session(set("cmi.exit", "normal"));
        calls.add(call("SetValue", "cmi.location", "x"));
        calls.add(0, call("GetValue", "cmi.mode"));
        calls.add(new Scorm12Lms.Call("Commit", List.of("x"), "false", "201"));
        List<String> v = Scorm2004Rules.violations(calls);
        assertThat(v).anyMatch(s -> s.startsWith("the first call is GetValue"))
                .anyMatch(s -> s.startsWith("calls after Terminate"))
                .anyMatch(s -> s.startsWith("the LMS reported an error: Commit"))
                .anyMatch(s -> s.startsWith("Commit takes \"\""));
        calls.add(call("Initialize", ""));
        assertThat(Scorm2004Rules.violations(calls)).anyMatch(s -> s.equals("Initialize was called 2 times"));
    }
}

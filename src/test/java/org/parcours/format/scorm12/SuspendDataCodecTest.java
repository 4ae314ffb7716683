package org.parcours.format.scorm12;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuspendDataCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void encodesTheDocumentedExampleCharacterForCharacter() throws Exception {
        // the example of docs/scorm12.md, "Suspend data"
        RefTable refs = RefTable.of(List.of("part-a", "lesson-a", "lesson-b", "quiz-a", "q1", "q2", "q3"));
        String state = """
                {"v":1,"loc":"lesson-b","done":["lesson-a"],
                 "quiz":{"quiz-a":{"n":2,"best":85,"passed":true,"drawn":["q2","q1"],
                                   "answers":{"q2":[0,2],"q1":"l’illectronisme"},"submitted":true}}}""";
        assertThat(refs.width()).isEqualTo(2);
        assertThat(SuspendDataCodec.encode(JSON.readTree(state), refs)).isEqualTo(
                "12|" + refs.ref("lesson-b") + "|" + refs.ref("lesson-a") + "|" + refs.ref("quiz-a") + ",2,2d,3,"
                        + refs.ref("q2") + refs.ref("q1") + ",0a02;1sl~2019illectronisme");
    }

    @Test
    void writesEachResponseShapeWithItsOwnKind() throws Exception {
        assertThat(SuspendDataCodec.value(JSON.readTree("[3]"))).isEqualTo("a3");
        assertThat(SuspendDataCodec.value(JSON.readTree("[0, 2, 7]"))).isEqualTo("a027");
        assertThat(SuspendDataCodec.value(JSON.readTree("[]"))).isEqualTo("a");
        assertThat(SuspendDataCodec.value(JSON.readTree("[[0, 1], [1, 0]]"))).isEqualTo("p0110");
        assertThat(SuspendDataCodec.value(JSON.readTree("true"))).isEqualTo("t");
        assertThat(SuspendDataCodec.value(JSON.readTree("false"))).isEqualTo("f");
        assertThat(SuspendDataCodec.value(JSON.readTree("null"))).isEqualTo("z");
        assertThat(SuspendDataCodec.value(JSON.readTree("80000"))).isEqualTo("n80000");
        assertThat(SuspendDataCodec.value(JSON.readTree("-2.5"))).isEqualTo("n-2.5");
        assertThat(SuspendDataCodec.value(JSON.readTree("\"3 500\""))).isEqualTo("s3 500");
        assertThat(SuspendDataCodec.value(JSON.readTree("[40]"))).isEqualTo("j[40]");
        assertThat(SuspendDataCodec.value(JSON.readTree("{\"a\":1}"))).isEqualTo("j{~0022a~0022:1}");
    }

    @Test
    void escapesDelimitersQuotesMarkupAndEverythingOutsideAscii() {
        assertThat(SuspendDataCodec.escape("a|b;c,d*e~f")).isEqualTo("a~007cb~003bc~002cd~002ae~007ef");
        assertThat(SuspendDataCodec.escape("'\"<>&\\`")).isEqualTo("~0027~0022~003c~003e~0026~005c~0060");
        assertThat(SuspendDataCodec.escape("é😀\n")).isEqualTo("~00e9~d83d~de00~000a");
        assertThat(SuspendDataCodec.escape("Plain text: (ok) 100% = 1/1 [x] {y} #z @w $v ^u -t _s .r !q ?p +o"))
                .isEqualTo("Plain text: (ok) 100% = 1/1 [x] {y} #z @w $v ^u -t _s .r !q ?p +o");
    }

    @Test
    void spellsNumbersAsJavaScriptDoes() {
        assertThat(SuspendDataCodec.jsNumber(1.0)).isEqualTo("1");
        assertThat(SuspendDataCodec.jsNumber(-0.0)).isEqualTo("0");
        assertThat(SuspendDataCodec.jsNumber(0.1)).isEqualTo("0.1");
        assertThat(SuspendDataCodec.jsNumber(0.000001)).isEqualTo("0.000001");
        assertThat(SuspendDataCodec.jsNumber(1e-7)).isEqualTo("1e-7");
        assertThat(SuspendDataCodec.jsNumber(2.5e-8)).isEqualTo("2.5e-8");
        assertThat(SuspendDataCodec.jsNumber(1e21)).isEqualTo("1e+21");
        assertThat(SuspendDataCodec.jsNumber(123456789012345680000.0)).isEqualTo("123456789012345680000");
        assertThat(SuspendDataCodec.jsNumber(SuspendDataBudget.LONGEST_NUMBER)).isEqualTo("-0.0000012345678901234567");
    }

    @Test
    void keepsEveryReferenceWhenALessonIsInsertedAtTheSameWidth() {
        List<String> ids = new ArrayList<>(List.of("intro", "part-a", "lesson-a", "lesson-b", "quiz-a", "q1", "q2"));
        RefTable before = RefTable.of(ids);
        ids.add(2, "a-new-lesson");
        RefTable after = RefTable.of(ids);
        assertThat(after.width()).isEqualTo(before.width());
        for (String id : List.of("intro", "part-a", "lesson-a", "lesson-b", "quiz-a", "q1", "q2")) {
            assertThat(after.ref(id)).isEqualTo(before.ref(id));
        }
    }

    @Test
    void widensReferencesUntilNoTwoIdsCollide() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) ids.add("question-" + i);
        RefTable refs = RefTable.of(ids);
        assertThat(refs.width()).isGreaterThan(2);
        assertThat(ids.stream().map(refs::ref).distinct().count()).isEqualTo(ids.size());
        assertThat(ids.stream().map(refs::ref)).allMatch(r -> r.matches("[0-9a-z]{" + refs.width() + "}"));
    }

    @Test
    void writesAnUnknownIdLiterallyBetweenStars() {
        assertThat(RefTable.of(List.of("a-lesson")).ref("gone|lesson")).isEqualTo("*gone~007clesson*");
    }

    @Test
    void capsAttemptCountsAtTwoBase36Digits() throws Exception {
        RefTable refs = RefTable.of(List.of("quiz-a"));
        String state = "{\"v\":1,\"done\":[],\"quiz\":{\"quiz-a\":{\"n\":5000,\"passed\":false,\"drawn\":[],\"answers\":{},\"submitted\":false}}}";
        assertThat(SuspendDataCodec.encode(JSON.readTree(state), refs)).isEqualTo("12|||" + refs.ref("quiz-a") + ",zz,,0,,");
    }
}

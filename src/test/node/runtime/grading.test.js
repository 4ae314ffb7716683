// The quiz grading of runtime/grading.js, run under Node as the browser runs it (no DOM, no window).
// Run by RuntimeNodeTest (mvn test), or alone: node --test src/test/node/runtime/
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
require(path.join(__dirname, "../../../main/resources/org/parcours/runtime/grading.js"));
const G = globalThis.Parcours.grading;

const single = { id: "q1", type: "single", points: 1, correct: [2] };
const multiple = { id: "q2", type: "multiple", points: 2, correct: [0, 3] };
const fillin = { id: "q3", type: "fillin", points: 1, correct: ["budget participatif"], ignoreCase: true, ignoreAccents: true };
const numeric = { id: "q4", type: "numeric", points: 1, correct: { min: 79999.5, max: 80000.5 } };
const matching = { id: "q5", type: "matching", points: 1, correct: [[0, 0], [1, 1], [2, 2]] };
const ordering = { id: "q6", type: "ordering", points: 1, correct: [0, 1, 2] };
const truefalse = { id: "q7", type: "truefalse", points: 1, correct: false };
const quiz = { id: "quiz", passingScore: 70, draw: 7, questions: [single, multiple, fillin, numeric, matching, ordering, truefalse] };

test("a single choice is right only with the one correct choice", () => {
  assert.equal(G.isRight(single, [2]), true);
  assert.equal(G.isRight(single, [1]), false);
  assert.equal(G.isRight(single, [2, 1]), false);
});

test("a multiple choice is right with exactly the correct set, in any order", () => {
  assert.equal(G.isRight(multiple, [3, 0]), true);
  assert.equal(G.isRight(multiple, [0]), false);
  assert.equal(G.isRight(multiple, [0, 1, 3]), false);
});

test("a fill-in ignores case, accents, spaces and apostrophe forms as the question says", () => {
  assert.equal(G.isRight(fillin, "  Budget\u00a0PARTICIPATIF "), true);
  assert.equal(G.isRight(fillin, "bûdget participatif"), true);
  assert.equal(G.isRight({ ...fillin, ignoreAccents: false }, "bûdget participatif"), false);
  assert.equal(G.isRight({ ...fillin, correct: ["l'élu"] }, "l\u2019élu"), true);
});

test("numbers are read as French and English learners type them", () => {
  assert.equal(G.parseNumber("80 000"), 80000);
  assert.equal(G.parseNumber("80\u202f000"), 80000);
  assert.equal(G.parseNumber("3,5"), 3.5);
  assert.equal(G.parseNumber("1,234.5"), 1234.5);
  assert.equal(G.parseNumber("\u22122"), -2);
  assert.equal(G.parseNumber("douze"), null);
  assert.equal(G.isRight(numeric, 80000), true);
  assert.equal(G.isRight(numeric, 80001), false);
});

test("matching, ordering and true/false compare the neutral forms", () => {
  assert.equal(G.isRight(matching, [[2, 2], [0, 0], [1, 1]]), true);
  assert.equal(G.isRight(matching, [[0, 1], [1, 0], [2, 2]]), false);
  assert.equal(G.isRight(ordering, [0, 1, 2]), true);
  assert.equal(G.isRight(ordering, [1, 0, 2]), false);
  assert.equal(G.isRight(truefalse, false), true);
  assert.equal(G.isRight(truefalse, null), false);
});

test("an attempt scores its points in percent, counts unanswered questions and passes at the pass mark", () => {
  const qs = { drawn: quiz.questions.map((q) => q.id), answers: { q1: [2], q2: [0, 3], q3: "budget participatif", q4: 80000, q5: [[0, 0]] } };
  const r = G.result(quiz, qs);
  assert.equal(r.earned, 5);
  assert.equal(r.max, 8);
  assert.equal(r.score, 63);
  assert.equal(r.passed, false);
  assert.equal(r.unanswered, 2);
  qs.answers.q6 = [0, 1, 2];
  assert.equal(G.result(quiz, qs).score, 75);
  assert.equal(G.result(quiz, qs).passed, true);
});

test("the recorded result is the best attempt: a failed retake never undoes a pass", () => {
  const qs = { n: 0, best: 0, passed: false };
  G.settle(qs, { score: 80, passed: true });
  G.settle(qs, { score: 20, passed: false });
  assert.deepEqual({ n: qs.n, best: qs.best, passed: qs.passed, submitted: qs.submitted }, { n: 2, best: 80, passed: true, submitted: true });
});

test("a new attempt keeps the attempts used and the best result, and draws from the pool in authoring order", () => {
  const pool = { ...quiz, draw: 3 };
  const drawn = G.drawQuestions(pool, G.random("seed"));
  assert.equal(drawn.length, 3);
  const order = quiz.questions.map((q) => q.id);
  assert.deepEqual([...drawn].sort((a, b) => order.indexOf(a) - order.indexOf(b)), drawn);
  const next = G.newAttempt(pool, { n: 2, best: 85, passed: true });
  assert.deepEqual([next.n, next.best, next.passed, next.submitted, next.answers], [2, 85, true, false, {}]);
});

test("the seeded shuffle gives the same order for the same seed, and a permutation", () => {
  const a = G.permutation(10, G.random("quiz/q1/1"));
  const b = G.permutation(10, G.random("quiz/q1/1"));
  assert.deepEqual(a, b);
  assert.deepEqual([...a].sort((x, y) => x - y), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

test("an unanswered question is reported with a null response, no success and no points", () => {
  const line = G.result(quiz, { drawn: ["q2"], answers: {} }).lines[0];
  const i = G.interaction({ id: "quiz", iri: "https://x/quiz", part: "p" }, line, 1200, "2026-12-04T10:00:00.000Z");
  assert.deepEqual([i.response, i.success, i.points, i.maxPoints, i.latencyMs, i.part], [null, false, 0, 2, 1200, "p"]);
});

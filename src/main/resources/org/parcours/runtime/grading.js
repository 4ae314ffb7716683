/*
 * Grading, as pure functions: whether a response is right, an attempt's points and score, the questions an attempt
 * draws, the seeded shuffles, and the interaction reported for each question (docs/runtime.md). No window, no DOM:
 * quiz.js (the form) calls it in the page, and src/test/node/ runs it under Node (RuntimeNodeTest).
 * Responses use the neutral form of docs/runtime.md: indexes in the authoring order, whatever the display order.
 */
(function (root) {
  "use strict";
  var P = (root.Parcours = root.Parcours || {});

  /** Text as fill-in answers compare it: trimmed, spaces and apostrophes unified, case and accents as the question says. */
  function fold(text, q, lang) {
    var s = String(text).normalize("NFC").replace(/[\s\u00a0\u202f]+/g, " ").replace(/[\u2019\u02bc`]/g, "'").trim();
    // the course's language decides case folding (Turkish dotted i); under Node, the default locale
    if (q.ignoreCase) s = s.toLocaleLowerCase(lang || (P.i18n && P.i18n.lang) || undefined);
    if (q.ignoreAccents) s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
    return s;
  }

  /**
   * A number as a learner types it, in French or English: "80 000", "80000", "3,5", "3.5", "1,234.5", "−2".
   * Returns null when the text is not a number.
   */
  function parseNumber(text) {
    var s = String(text).replace(/[\s\u00a0\u202f]/g, "").replace(/\u2212/g, "-");
    if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
    else if (/^[+-]?\d*,\d+$/.test(s)) s = s.replace(",", ".");
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
    return parseFloat(s);
  }

  function sameSet(a, b) {
    if (a.length !== b.length) return false;
    return a.every(function (x) { return b.indexOf(x) >= 0; });
  }

  var grade = {
    single: function (q, r) { return Array.isArray(r) && r.length === 1 && r[0] === q.correct[0]; },
    multiple: function (q, r) { return Array.isArray(r) && sameSet(r, q.correct); },
    truefalse: function (q, r) { return r === q.correct; },
    fillin: function (q, r) {
      return typeof r === "string" && q.correct.some(function (a) { return fold(a, q) === fold(r, q); });
    },
    matching: function (q, r) {
      return Array.isArray(r) && r.length === q.correct.length && q.correct.every(function (pair) {
        return r.some(function (p) { return p[0] === pair[0] && p[1] === pair[1]; });
      });
    },
    ordering: function (q, r) {
      return Array.isArray(r) && r.length === q.correct.length &&
        r.every(function (v, i) { return v === q.correct[i]; });
    },
    numeric: function (q, r) {
      // a small epsilon: min and max come from answer ± tolerance in binary floating point
      return typeof r === "number" && isFinite(r) && r >= q.correct.min - 1e-9 && r <= q.correct.max + 1e-9;
    }
  };

  function isRight(q, response) {
    return response !== undefined && response !== null && grade[q.type](q, response);
  }

  // ---------------------------------------------------------------- shuffling

  /** A seeded generator (mulberry32): the same attempt shows the same order after a reload, with nothing stored. */
  function random(seedText) {
    var h = 1779033703 ^ seedText.length;
    for (var i = 0; i < seedText.length; i++) {
      h = Math.imul(h ^ seedText.charCodeAt(i), 3432918353);
      h = (h << 13) | (h >>> 19);
    }
    return function () {
      h = (h + 0x6d2b79f5) | 0;
      var x = Math.imul(h ^ (h >>> 15), 1 | h);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
  }

  function permutation(n, rand) {
    var p = [];
    for (var i = 0; i < n; i++) p.push(i);
    for (var j = n - 1; j > 0; j--) {
      var k = Math.floor(rand() * (j + 1));
      var tmp = p[j]; p[j] = p[k]; p[k] = tmp;
    }
    return p;
  }

  /** Draws an attempt's questions: all of them, or `draw` at random from the pool, kept in the authoring order. */
  function drawQuestions(quiz, rand) {
    var ids = quiz.questions.map(function (q) { return q.id; });
    if (quiz.draw >= ids.length) return ids;
    var picked = permutation(ids.length, rand || Math.random).slice(0, quiz.draw).sort(function (a, b) { return a - b; });
    return picked.map(function (i) { return ids[i]; });
  }

  /** The state of a new attempt; `previous` keeps the count of attempts used and the best result. */
  function newAttempt(quiz, previous, rand) {
    return {
      n: previous ? previous.n : 0,
      best: previous ? previous.best : 0,
      passed: previous ? !!previous.passed : false,
      drawn: drawQuestions(quiz, rand),
      answers: {},
      submitted: false
    };
  }

  /** Points and percentage of an attempt, from its drawn questions and answers. */
  function result(quiz, qs) {
    var byId = questionsById(quiz);
    var earned = 0, max = 0, unanswered = 0;
    var lines = qs.drawn.map(function (id) {
      var q = byId[id];
      var response = qs.answers[id];
      var success = isRight(q, response);
      if (response === undefined || response === null) unanswered++;
      max += q.points;
      if (success) earned += q.points;
      return { q: q, response: response === undefined ? null : response, success: success };
    });
    var score = max > 0 ? Math.round((100 * earned) / max) : 0;
    return { lines: lines, earned: earned, max: max, score: score, passed: score >= quiz.passingScore, unanswered: unanswered };
  }

  /**
   * An attempt ends: one attempt more, its score kept if it is the best, and passed once any attempt passed. The
   * quiz's recorded result is its best attempt: a failed retake never undoes a pass (docs/runtime.md).
   */
  function settle(qs, res) {
    qs.n += 1;
    qs.submitted = true;
    qs.best = Math.max(qs.best || 0, res.score);
    qs.passed = !!qs.passed || res.passed;
    return qs;
  }

  function questionsById(quiz) {
    var out = {};
    quiz.questions.forEach(function (q) { out[q.id] = q; });
    return out;
  }

  /** The interaction of docs/runtime.md for one answered (or unanswered: response null) question. */
  function interaction(quiz, line, latencyMs, timestamp) {
    var q = line.q;
    var out = {
      quizId: quiz.id, quizIri: quiz.iri, questionId: q.id, questionIri: q.iri, type: q.type, prompt: q.prompt,
      response: line.response, correct: q.correct, success: line.success,
      points: line.success ? q.points : 0, maxPoints: q.points,
      latencyMs: Math.max(0, latencyMs), timestamp: timestamp, part: quiz.part || null
    };
    if (q.choices) out.choices = q.choices.map(function (c) { return { id: c.id, text: c.text }; });
    if (q.sources) { out.sources = q.sources.slice(); out.targets = q.targets.slice(); }
    if (q.items) out.items = q.items.slice();
    return out;
  }

  P.grading = { fold: fold, parseNumber: parseNumber, grade: grade, isRight: isRight, random: random,
    permutation: permutation, drawQuestions: drawQuestions, newAttempt: newAttempt, result: result, settle: settle,
    questionsById: questionsById, interaction: interaction };
})(typeof window !== "undefined" ? window : globalThis);

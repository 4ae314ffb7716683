/* parcours:requires scorm/api.js scorm/suspend-data.js scorm/standalone.js */
/*
 * The SCORM 1.2 adapter, behind Parcours.tracker (docs/runtime.md): find the LMS's API (scorm/api.js), map what
 * the player tells the tracker onto the SCORM 1.2 data model, send it. References below are to the SCORM 1.2
 * Run-Time Environment (RTE) of ADL, October 2001. The learner's State travels in cmi.suspend_data through the
 * codec of scorm/suspend-data.js. With no LMS (or an LMS that refuses to start) it hands over to
 * scorm/standalone.js, which says so politely; an LMS error is logged, never thrown at the learner.
 */
(function () {
  "use strict";
  var P = (window.Parcours = window.Parcours || {});
  P.adapters = P.adapters || {};
  var S = P.scorm;
  var codec = S.suspendData;

  // ------------------------------------------------------------------ SCORM 1.2 formats

  /** RTE 3.4.3, CMITimespan: HHHH:MM:SS.SS (hours on two to four digits). */
  function timespan(ms) {
    var cs = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
    var h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, s = Math.floor(cs / 100) % 60, c = cs % 100;
    return ("000" + h).slice(-4) + ":" + ("0" + m).slice(-2) + ":" + ("0" + s).slice(-2) + "." + ("0" + c).slice(-2);
  }

  /** RTE 3.4.3, CMITime: the time of day, HH:MM:SS (no date and no zone in SCORM 1.2). */
  function timeOfDay(iso) {
    var d = iso ? new Date(iso) : new Date();
    if (isNaN(d.getTime())) d = new Date();
    return [d.getHours(), d.getMinutes(), d.getSeconds()].map(function (n) { return ("0" + n).slice(-2); }).join(":");
  }

  /** RTE 3.4.2.7.1: 0–9 and a–z are the single characters that name choices; index 0 is "a", as in authoring. */
  var LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

  function letter(i) {
    return LETTERS.charAt(i) || "z";
  }

  /** CMIIdentifier (RTE 3.4.3): printable ASCII, no white space, at most 255 characters. */
  function identifier(s) {
    return String(s).replace(/[^\x21-\x7e]/g, "_").slice(0, 255) || "_";
  }

  /** RTE 3.4.2.7.2, cmi.interactions.n.type. */
  var TYPES = { single: "choice", multiple: "choice", truefalse: "true-false", fillin: "fill-in",
    matching: "matching", ordering: "sequencing", numeric: "numeric" };

  /** A response (or a correct answer) of the contract's neutral form, as SCORM 1.2 writes it (RTE 3.4.2.7.4). */
  function pattern(type, value, forCorrect) {
    if (value === null || value === undefined) return null;
    switch (type) {
      case "single":
      case "multiple":
      case "ordering":
        return value.map(letter).join(",");
      case "truefalse":
        return value ? "t" : "f";
      case "matching":
        return value.map(function (p) { return letter(p[0]) + "." + letter(p[1]); }).join(",");
      case "numeric":
        // a range has no SCORM 1.2 form: the centre of the accepted interval stands for it
        if (forCorrect && typeof value === "object") return decimal((value.min + value.max) / 2);
        return decimal(value);
      case "fillin":
        return String(value).replace(/[\u0000-\u001f]/g, " ").slice(0, 255);
      default:
        return null;
    }
  }

  /** CMIDecimal: digits, at most one '.', an optional '-' (no exponent). */
  function decimal(n) {
    if (typeof n !== "number" || !isFinite(n)) return "0";
    var s = String(n);
    if (/e/i.test(s)) s = n.toFixed(10).replace(/\.?0+$/, "");
    return s;
  }

  // ------------------------------------------------------------------ the adapter

  P.adapters.scorm12 = function (data) {
    var scope = data.scope && data.scope !== "course" ? data.scope : null;
    var scopeUnit = scope ? data.units.filter(function (u) { return u.id === scope; })[0] : null;
    // pages are assets in the manifest: an LMS launches them without tracking, so they never open a session
    if (scopeUnit && scopeUnit.kind === "page") return S.standalone(data, "asset");
    var api = S.discover(S.V12);
    if (!api) return S.standalone(data, "none");
    return session(data, api, scopeUnit);
  };

  function session(data, api, scopeUnit) {
    var LIMIT = 4096;
    var lms = S.connection(api, S.V12);
    var get = lms.get, probe = lms.probe, set = lms.set;
    var refs = codec.refTable(codec.courseIds(data));
    var started = 0;
    var mode = "normal";
    var interactionCount = 0;
    var interactionsSupported = true;
    var objectiveIndex = {};
    var objectiveCount = 0;
    var courseDone = false; // the course (or the unit, in a unit SCO) is finished: exit "" (RTE 3.4.2.1.5)
    var failedCourse = false; // the course was reported failed: finished once no graded attempt is left
    var lastState = null;
    var fallback = null;    // the standalone adapter, when the LMS refused LMSInitialize
    var exposed = { errors: lms.errors, counts: lms.counts };
    P.scorm12 = exposed;

    /** Moodle stores nothing before LMSCommit or LMSFinish: commit once after each burst of changes. */
    function saved() {
      lms.save("now");
    }

    function finish() {
      if (!lms.live()) return;
      if (mode === "normal") {
        // the tracker tells complete() only what changes: attempts used up since a failure are read from the state
        if (failedCourse) courseDone = !attemptsLeft(lastState);
        set("cmi.core.session_time", timespan(Date.now() - started));
        set("cmi.core.exit", courseDone ? "" : "suspend");
      }
      lms.terminate();
    }

    // ---- objectives: one per part (RTE 3.4.2.6), written when something happened in it

    function objective(id) {
      if (Object.prototype.hasOwnProperty.call(objectiveIndex, id)) return objectiveIndex[id];
      objectiveIndex[id] = objectiveCount++;
      set("cmi.objectives." + objectiveIndex[id] + ".id", identifier(id));
      return objectiveIndex[id];
    }

    function readObjectives() {
      var count = parseInt(probe("cmi.objectives._count"), 10);
      if (!(count >= 0)) return;
      objectiveCount = count;
      for (var i = 0; i < count; i++) {
        var id = get("cmi.objectives." + i + ".id");
        if (id) objectiveIndex[id] = i;
      }
    }

    /**
     * A part's objective: passed / failed once its quiz has a result, else completed when every lesson of it is
     * done, incomplete when some are. In a unit SCO, only a quiz speaks for its part (a lesson is not the part).
     */
    function updateObjectives(state) {
      var parts = [];
      data.units.forEach(function (u) {
        var id = u.kind === "part" ? u.id : u.part;
        if (id && parts.indexOf(id) < 0) parts.push(id);
      });
      parts.forEach(function (part) {
        var lessons = data.units.filter(function (u) { return u.kind === "lesson" && u.part === part; });
        var done = lessons.filter(function (u) { return state.done.indexOf(u.id) >= 0; }).length;
        var quizId = Object.keys(data.quizzes || {}).filter(function (k) {
          return data.quizzes[k].part === part && !data.quizzes[k].assessment;
        })[0];
        var quiz = quizId && state.quiz[quizId];
        var status = quiz && quiz.n > 0 ? (quiz.passed ? "passed" : "failed")
          : lessons.length && done === lessons.length ? "completed" : done ? "incomplete" : null;
        if (!status) return;
        var n = objective(part);
        if (quiz && quiz.n > 0 && typeof quiz.best === "number") {
          set("cmi.objectives." + n + ".score.min", "0");
          set("cmi.objectives." + n + ".score.max", "100");
          set("cmi.objectives." + n + ".score.raw", decimal(quiz.best));
        }
        set("cmi.objectives." + n + ".status", status);
      });
    }

    /**
     * Whether a failed result can still be improved: a graded quiz (the final assessment when there is one, as the
     * player grades, else every quiz) failed with attempts left. Then exit stays "suspend", so that the learner
     * comes back to the same attempt.
     */
    function attemptsLeft(state) {
      var ids = Object.keys(data.quizzes || {});
      var assessment = ids.filter(function (id) { return data.quizzes[id].assessment; });
      return (assessment.length ? assessment : ids).some(function (id) {
        var quiz = data.quizzes[id], qs = state && state.quiz[id];
        return !qs || (!qs.passed && (!quiz.maxAttempts || qs.n < quiz.maxAttempts));
      });
    }

    function setScore(raw) {
      // RTE 3.4.2.2.1: score.raw, normalised here to 0–100 between score.min and score.max (Moodle's gradebook reads raw)
      set("cmi.core.score.min", "0");
      set("cmi.core.score.max", "100");
      set("cmi.core.score.raw", decimal(Math.max(0, Math.min(100, raw))));
    }

    var adapter = {
      exit: true,

      start: function () {
        started = Date.now();
        if (!lms.initialize()) {
          fallback = S.standalone(data, "refused");
          return Promise.resolve(fallback.start());
        }
        // RTE 3.4.2.1.9: lesson_mode browse or review records nothing
        var lessonMode = get("cmi.core.lesson_mode");
        mode = lessonMode === "browse" || lessonMode === "review" ? lessonMode : "normal";
        var status = get("cmi.core.lesson_status");
        if (mode === "normal" && (status === "" || status === "not attempted")) set("cmi.core.lesson_status", "incomplete");
        var state = null;
        try {
          state = codec.decode(get("cmi.suspend_data"), codec.courseIds(data));
        } catch (e) {
          if (window.console) console.warn("parcours: unreadable cmi.suspend_data, starting afresh", e);
          state = null;
        }
        var location = get("cmi.core.lesson_location");
        if (location) {
          state = state || { v: 1, loc: null, done: [], quiz: {} };
          state.loc = location;
        }
        if (state) {
          lms.known("cmi.suspend_data", codec.encode(state, refs));
          lastState = state;
        }
        if (location) lms.known("cmi.core.lesson_location", location);
        var count = parseInt(probe("cmi.interactions._count"), 10);
        interactionsSupported = count >= 0;
        interactionCount = interactionsSupported ? count : 0;
        readObjectives();
        if (mode === "normal") set("cmi.core.exit", "suspend");
        saved();
        return Promise.resolve({ state: state, mode: mode });
      },

      save: function (state) {
        lastState = state;
        var text = codec.fitted(state, refs, LIMIT);
        set("cmi.suspend_data", text);
        if (!scopeUnit || scopeUnit.kind !== "lesson") updateObjectives(state);
      },

      bookmark: function (location) {
        // RTE 3.4.2.1.3: lesson_location is a CMIString255
        set("cmi.core.lesson_location", String(location).slice(0, 255));
      },

      // SCORM 1.2 has no progress measure: the status says incomplete until the course is complete
      progress: function () {},

      experienced: function (unit) {
        // a lesson's own SCO is complete when its lesson is (RTE 3.4.2.1.7)
        if (!scopeUnit || unit.id !== scopeUnit.id) return;
        set("cmi.core.lesson_status", "completed");
        courseDone = true;
        set("cmi.core.exit", "");
      },

      answer: function (x) {
        if (!interactionsSupported) return;
        var n = interactionCount++;
        var base = "cmi.interactions." + n + ".";
        set(base + "id", identifier(x.questionId));
        if (x.part) set(base + "objectives.0.id", identifier(x.part));
        set(base + "time", timeOfDay(x.timestamp));
        set(base + "type", TYPES[x.type] || "performance");
        var correct = x.type === "fillin" && Array.isArray(x.correct) ? x.correct : [x.correct];
        correct.slice(0, 10).forEach(function (c, i) {
          var p = pattern(x.type, c, true);
          if (p !== null) set(base + "correct_responses." + i + ".pattern", p);
        });
        if (typeof x.maxPoints === "number") set(base + "weighting", decimal(x.maxPoints));
        var response = pattern(x.type, x.response, false);
        if (response !== null) set(base + "student_response", response);
        // RTE 3.4.2.7.6: the vocabulary is correct / wrong (not "incorrect") / unanticipated / neutral
        set(base + "result", x.success ? "correct" : "wrong");
        set(base + "latency", timespan(x.latencyMs || 0));
      },

      score: function (quiz, result) {
        // a quiz's own SCO reports that quiz: its best score, passed once an attempt passed (as the player counts),
        // failed while not; the whole course reports through complete()
        if (!scopeUnit || scopeUnit.id !== quiz.id) return;
        var qs = lastState && lastState.quiz[quiz.id];
        var best = qs && typeof qs.best === "number" ? Math.max(qs.best, result.raw) : result.raw;
        var passed = (qs && qs.passed) || result.passed;
        setScore(best);
        set("cmi.core.lesson_status", passed ? "passed" : "failed");
        var limit = (data.quizzes[quiz.id] || {}).maxAttempts;
        courseDone = passed || (!!limit && result.attempt >= limit);
        set("cmi.core.exit", courseDone ? "" : "suspend");
      },

      complete: function (course) {
        // a unit's SCO speaks for its unit only (experienced, score): the course's completion is not its own
        if (scopeUnit) return;
        // RTE 3.4.2.1.7: passed / failed when graded, completed otherwise
        if (course.passed === undefined) {
          set("cmi.core.lesson_status", "completed");
        } else {
          if (typeof course.scaled === "number") setScore(Math.round(course.scaled * 100));
          set("cmi.core.lesson_status", course.passed ? "passed" : "failed");
        }
        failedCourse = course.passed === false;
        courseDone = !failedCourse || !attemptsLeft(lastState);
        set("cmi.core.exit", courseDone ? "" : "suspend");
      },

      finish: function () {
        finish();
      },

      pagehide: function () {
        finish();
      }
    };

    // once the LMS has refused to start, the standalone adapter does the work
    Object.keys(adapter).forEach(function (name) {
      var own = adapter[name];
      if (typeof own !== "function" || name === "start") return;
      adapter[name] = function () {
        if (fallback) return fallback[name].apply(fallback, arguments);
        var out = own.apply(adapter, arguments);
        saved();
        return out;
      };
    });

    // RTE 3.3.2.3: commit when the page is hidden (a tab switch, the phone's home button): it may never come back
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") lms.commit(true);
    });
    // the tracker forwards pagehide too; finishing is idempotent, and this one also covers a player that stalls
    window.addEventListener("pagehide", finish);
    exposed.finish = finish;
    return adapter;
  }

  // the SCORM 1.2 forms of times and responses, for tests
  P.adapters.scorm12.formats = { timespan: timespan, timeOfDay: timeOfDay, pattern: pattern, decimal: decimal };
})();

/* parcours:requires scorm/api.js scorm/suspend-data.js scorm/standalone.js */
/*
 * The SCORM 2004 4th edition adapter, behind Parcours.tracker (docs/runtime.md): find API_1484_11 (scorm/api.js,
 * shared with SCORM 1.2), map what the player tells the tracker onto the SCORM 2004 data model, send it. References
 * below are to the SCORM 2004 4th edition Run-Time Environment (RTE) book of ADL, 2009. The learner's State travels
 * in cmi.suspend_data through the same codec as SCORM 1.2 (scorm/suspend-data.js), with 64,000 characters of room.
 * The content sets completion and success itself; adl.nav.request is used only where the LMS says the request is
 * valid (an LMS without sequencing never sees one). Errors are logged by the connection, never thrown.
 */
(function () {
  "use strict";
  var P = (window.Parcours = window.Parcours || {});
  P.adapters = P.adapters || {};
  var S = P.scorm;
  var codec = S.suspendData;

  // ------------------------------------------------------------------ SCORM 2004 formats

  /** RTE 4.1.1.7, timeinterval (second,10,2): an ISO 8601 duration, PTnHnMn.nnS. */
  function interval(ms) {
    var cs = Math.max(0, Math.round(ms / 10));
    var h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, s = (cs % 6000) / 100;
    return "PT" + (h ? h + "H" : "") + (m ? m + "M" : "") + s.toFixed(2).replace(/\.?0+$/, "") + "S";
  }

  /** RTE 4.1.1.6, time (second,10,0): YYYY-MM-DDThh:mm:ss(.s)(TZD); UTC, with centiseconds at most. */
  function timestamp(iso) {
    var d = iso ? new Date(iso) : new Date();
    if (isNaN(d.getTime())) d = new Date();
    return d.toISOString().replace(/(\.\d{2})\d*Z$/, "$1Z");
  }

  /** real(10,7): no exponent, at most seven decimals. */
  function real(n) {
    if (typeof n !== "number" || !isFinite(n)) return "0";
    var s = n.toFixed(7).replace(/\.?0+$/, "");
    return s === "-0" ? "0" : s;
  }

  /** long_identifier_type (RTE 4.1.1.3): no white space, at most 4,000 characters. */
  function identifier(s) {
    return String(s).replace(/\s/g, "_").slice(0, 4000) || "_";
  }

  /** short_identifier_type of a choice: its id when the data gives one, else a letter by position. */
  function key(list, i) {
    var item = list && list[i];
    if (item && item.id) return identifier(item.id).slice(0, 250);
    return "abcdefghijklmnopqrstuvwxyz".charAt(i) || "c" + i;
  }

  /** RTE 4.2.9.1, cmi.interactions.n.type; long fill-in answers get their own type. */
  var TYPES = { single: "choice", multiple: "choice", truefalse: "true-false", fillin: "fill-in",
    matching: "matching", ordering: "sequencing", numeric: "numeric" };

  /** The reserved delimiters "[,]" and "[.]" must not appear inside a value (RTE 4.2.9.1). */
  function text(s, max) {
    return String(s).replace(/[\u0000-\u001f]/g, " ").replace(/\[[,.:]\]/g, " ").slice(0, max);
  }

  /**
   * A response (or a correct answer) of the contract's neutral form in the format of its type (RTE 4.2.9.1,
   * correct_responses.n.pattern and learner_response). `lang` and `caseMatters` qualify fill-in patterns.
   */
  function pattern(x, value, forCorrect, lang) {
    if (value === null || value === undefined) return null;
    switch (x.type) {
      case "single":
      case "multiple":
        return value.map(function (i) { return key(x.choices, i); }).join("[,]");
      case "ordering":
        return value.map(function (i) { return key(null, i); }).join("[,]");
      case "truefalse":
        return value ? "true" : "false";
      case "matching":
        return value.map(function (p) { return key(null, p[0]) + "[.]" + key(null, p[1]); }).join("[,]");
      case "numeric":
        // correct: a range min[:]max; the learner's response: a real
        if (forCorrect) return typeof value === "object" ? real(value.min) + "[:]" + real(value.max) : real(value) + "[:]" + real(value);
        return real(value);
      case "fillin":
        var prefix = forCorrect && x.caseMatters ? "{case_matters=true}" : "";
        return prefix + (lang ? "{lang=" + lang + "}" : "") + text(value, 250);
      default:
        return null;
    }
  }

  // ------------------------------------------------------------------ the adapter

  P.adapters.scorm2004 = function (data) {
    var scope = data.scope && data.scope !== "course" ? data.scope : null;
    var scopeUnit = scope ? data.units.filter(function (u) { return u.id === scope; })[0] : null;
    // pages are assets in the manifest: an LMS launches them without a session
    if (scopeUnit && scopeUnit.kind === "page") return S.standalone(data, "asset");
    var api = S.discover(S.V2004);
    if (!api) return S.standalone(data, "none");
    return session(data, api, scopeUnit);
  };

  function session(data, api, scopeUnit) {
    // RTE 4.2.23: cmi.suspend_data is a characterstring of SPM 64,000 in the 4th edition
    var LIMIT = 64000;
    var lms = S.connection(api, S.V2004);
    var get = lms.get, probe = lms.probe, set = lms.set;
    var refs = codec.refTable(codec.courseIds(data));
    var lang = String(data.course.language || "").replace(/[^A-Za-z0-9-]/g, "").slice(0, 250);
    var started = 0;
    var mode = "normal";
    var interactionCount = 0;
    var interactionsSupported = true;
    var objectiveIndex = {};
    var objectiveCount = 0;
    var done = false;          // the course (or the unit, in a unit SCO) is finished: exit "normal" (RTE 4.2.10)
    var failedCourse = false;  // the course was reported failed: finished once no graded attempt is left
    var lastState = null;
    var fallback = null;
    var exposed = { errors: lms.errors, counts: lms.counts };
    P.scorm2004 = exposed;

    function saved() {
      lms.save("now");
    }

    /**
     * Ends the session once. RTE 4.2.10: exit "suspend" keeps the attempt (the learner comes back to it), "normal"
     * ends it. After an explicit Exit in a finished unit, asks the LMS to continue to the next activity — only when
     * it says it can (RTE 4.4.2, adl.nav.request_valid.continue).
     */
    function finish(byLearner) {
      if (!lms.live()) return;
      if (mode === "normal") {
        if (failedCourse) done = !attemptsLeft(lastState);
        set("cmi.session_time", interval(Date.now() - started));
        set("cmi.exit", done ? "normal" : "suspend");
        if (byLearner === true && scopeUnit && done && probe("adl.nav.request_valid.continue") === "true") {
          set("adl.nav.request", "continue");
        }
      }
      lms.terminate();
    }

    // ---- objectives: one per part (RTE 4.2.17), written when something happened in it

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
     * A part's objective: completed when every lesson of it is done (incomplete while some are), and passed or failed
     * once its quiz has a result, with that quiz's best score. In a unit SCO only a quiz speaks for its part.
     */
    function updateObjectives(state) {
      var parts = [];
      data.units.forEach(function (u) {
        var id = u.kind === "part" ? u.id : u.part;
        if (id && parts.indexOf(id) < 0) parts.push(id);
      });
      parts.forEach(function (part) {
        var lessons = data.units.filter(function (u) { return u.kind === "lesson" && u.part === part; });
        var count = lessons.filter(function (u) { return state.done.indexOf(u.id) >= 0; }).length;
        var quizId = Object.keys(data.quizzes || {}).filter(function (k) {
          return data.quizzes[k].part === part && !data.quizzes[k].assessment;
        })[0];
        var quiz = quizId && state.quiz[quizId];
        var graded = quiz && quiz.n > 0;
        if (scopeUnit && !graded) return;
        if (!graded && !count) return;
        var n = objective(part);
        if (!scopeUnit) {
          set("cmi.objectives." + n + ".completion_status", lessons.length && count === lessons.length ? "completed" : "incomplete");
          if (lessons.length) set("cmi.objectives." + n + ".progress_measure", real(count / lessons.length));
        }
        if (graded) {
          if (typeof quiz.best === "number") {
            set("cmi.objectives." + n + ".score.scaled", real(Math.max(0, Math.min(100, quiz.best)) / 100));
            set("cmi.objectives." + n + ".score.min", "0");
            set("cmi.objectives." + n + ".score.max", "100");
            set("cmi.objectives." + n + ".score.raw", real(quiz.best));
          }
          set("cmi.objectives." + n + ".success_status", quiz.passed ? "passed" : "failed");
        }
      });
    }

    /** As for SCORM 1.2: a failed graded quiz with attempts left keeps the attempt open (exit "suspend"). */
    function attemptsLeft(state) {
      var ids = Object.keys(data.quizzes || {});
      var assessment = ids.filter(function (id) { return data.quizzes[id].assessment; });
      return (assessment.length ? assessment : ids).some(function (id) {
        var quiz = data.quizzes[id], qs = state && state.quiz[id];
        return !qs || (!qs.passed && (!quiz.maxAttempts || qs.n < quiz.maxAttempts));
      });
    }

    /** RTE 4.2.20: score.scaled in -1..1, with raw between min and max (0..100 here). */
    function setScore(raw) {
      raw = Math.max(0, Math.min(100, raw));
      set("cmi.score.scaled", real(raw / 100));
      set("cmi.score.min", "0");
      set("cmi.score.max", "100");
      set("cmi.score.raw", real(raw));
    }

    /** Whether a fill-in question compares case, from the course data (docs/runtime.md: ignoreCase). */
    function caseMatters(x) {
      var quiz = (data.quizzes || {})[x.quizId];
      var q = quiz && (quiz.questions || []).filter(function (k) { return k.id === x.questionId; })[0];
      return !!q && q.ignoreCase === false;
    }

    var adapter = {
      exit: true,

      start: function () {
        started = Date.now();
        if (!lms.initialize()) {
          fallback = S.standalone(data, "refused");
          return Promise.resolve(fallback.start());
        }
        // RTE 4.2.13: cmi.mode browse or review records nothing
        var lmsMode = get("cmi.mode");
        mode = lmsMode === "browse" || lmsMode === "review" ? lmsMode : "normal";
        var status = get("cmi.completion_status");
        if (mode === "normal" && (status === "" || status === "not attempted" || status === "unknown")) {
          set("cmi.completion_status", "incomplete");
        }
        var state = null;
        try {
          state = codec.decode(get("cmi.suspend_data"), codec.courseIds(data));
        } catch (e) {
          if (window.console) console.warn("parcours: unreadable cmi.suspend_data, starting afresh", e);
          state = null;
        }
        var location = get("cmi.location");
        if (location) {
          state = state || { v: 1, loc: null, done: [], quiz: {} };
          state.loc = location;
        }
        if (state) {
          lms.known("cmi.suspend_data", codec.encode(state, refs));
          lastState = state;
        }
        if (location) lms.known("cmi.location", location);
        var count = parseInt(probe("cmi.interactions._count"), 10);
        interactionsSupported = count >= 0;
        interactionCount = interactionsSupported ? count : 0;
        readObjectives();
        if (mode === "normal") set("cmi.exit", "suspend");
        saved();
        return Promise.resolve({ state: state, mode: mode });
      },

      save: function (state) {
        lastState = state;
        set("cmi.suspend_data", codec.fitted(state, refs, LIMIT));
        if (!scopeUnit || scopeUnit.kind !== "lesson") updateObjectives(state);
      },

      bookmark: function (location) {
        // RTE 4.2.12: cmi.location is a characterstring of SPM 1,000
        set("cmi.location", String(location).slice(0, 1000));
      },

      progress: function (fraction) {
        // RTE 4.2.18: the course's progress; a unit SCO reports its own unit through experienced()
        if (scopeUnit) return;
        set("cmi.progress_measure", real(Math.max(0, Math.min(1, fraction))));
      },

      experienced: function (unit) {
        if (!scopeUnit || unit.id !== scopeUnit.id) return;
        set("cmi.progress_measure", "1");
        set("cmi.completion_status", "completed");
        done = true;
        set("cmi.exit", "normal");
      },

      answer: function (x) {
        if (!interactionsSupported) return;
        var n = interactionCount++;
        var base = "cmi.interactions." + n + ".";
        var long = x.type === "fillin" && typeof x.response === "string" && x.response.length > 250;
        var q = { type: x.type, choices: x.choices, caseMatters: caseMatters(x) };
        set(base + "id", identifier(x.questionIri || x.questionId));
        set(base + "type", long ? "long-fill-in" : TYPES[x.type] || "other");
        if (x.part) set(base + "objectives.0.id", identifier(x.part));
        set(base + "timestamp", timestamp(x.timestamp));
        var correct = x.type === "fillin" && Array.isArray(x.correct) ? x.correct : [x.correct];
        if (!long) {
          // RTE 4.2.9.1: choice, sequencing and true-false take one pattern; fill-in may list accepted answers
          correct.slice(0, x.type === "fillin" ? 10 : 1).forEach(function (c, i) {
            var p = pattern(q, c, true, lang);
            if (p !== null) set(base + "correct_responses." + i + ".pattern", p);
          });
        }
        if (typeof x.maxPoints === "number") set(base + "weighting", real(x.maxPoints));
        var response = long ? (lang ? "{lang=" + lang + "}" : "") + text(x.response, 4000) : pattern(q, x.response, false, lang);
        if (response !== null) set(base + "learner_response", response);
        // RTE 4.2.9.1: result is correct / incorrect / unanticipated / neutral (SCORM 1.2 said "wrong")
        set(base + "result", x.success ? "correct" : "incorrect");
        set(base + "latency", interval(x.latencyMs || 0));
      },

      score: function (quiz, result) {
        // a quiz's own SCO reports that quiz: its best score; passed once an attempt passed, failed while not
        if (!scopeUnit || scopeUnit.id !== quiz.id) return;
        var qs = lastState && lastState.quiz[quiz.id];
        var best = qs && typeof qs.best === "number" ? Math.max(qs.best, result.raw) : result.raw;
        var passed = (qs && qs.passed) || result.passed;
        setScore(best);
        set("cmi.completion_status", "completed");
        set("cmi.success_status", passed ? "passed" : "failed");
        var limit = (data.quizzes[quiz.id] || {}).maxAttempts;
        done = passed || (!!limit && result.attempt >= limit);
        set("cmi.exit", done ? "normal" : "suspend");
      },

      complete: function (course) {
        if (scopeUnit) return;
        // RTE 4.2.4 and 4.2.22: completion and success are separate in SCORM 2004
        set("cmi.progress_measure", "1");
        set("cmi.completion_status", "completed");
        if (course.passed !== undefined) {
          if (typeof course.scaled === "number") setScore(Math.round(course.scaled * 100));
          set("cmi.success_status", course.passed ? "passed" : "failed");
        }
        failedCourse = course.passed === false;
        done = !failedCourse || !attemptsLeft(lastState);
        set("cmi.exit", done ? "normal" : "suspend");
      },

      finish: function () {
        finish(true);
      },

      pagehide: function () {
        finish(false);
      }
    };

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

    // RTE 3.1.4.2 (Commit): commit when the page is hidden; it may never come back
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") lms.commit(true);
    });
    window.addEventListener("pagehide", function () { finish(false); });
    exposed.finish = finish;
    return adapter;
  }

  // the SCORM 2004 forms of times and responses, for tests
  P.adapters.scorm2004.formats = { interval: interval, timestamp: timestamp, pattern: pattern, real: real };
})();

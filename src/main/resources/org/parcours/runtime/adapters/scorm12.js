/*
 * The SCORM 1.2 adapter, behind Parcours.tracker (docs/runtime.md): discover the LMS's API object, map what the
 * player tells the tracker onto the SCORM 1.2 data model, send it, commit. References below are to the SCORM 1.2
 * Run-Time Environment (RTE) of ADL, October 2001. With no LMS (or an LMS that refuses to start) it hands over to
 * the standalone adapter and says so politely; an LMS error is logged, never thrown at the learner.
 * The suspend-data codec is here too, with the layout of docs/scorm12.md ("Suspend data"); its Java twin
 * (org.parcours.format.scorm12.SuspendDataCodec) sizes the worst case at build time, and a test holds both equal.
 */
(function () {
  "use strict";
  var P = (window.Parcours = window.Parcours || {});
  P.adapters = P.adapters || {};

  // ------------------------------------------------------------------ suspend data codec

  var CODEC_VERSION = "1";
  var MAX_ATTEMPTS_STORED = 36 * 36 - 1;
  var SAFE = /^[A-Za-z0-9 \-._:!?()+\/=@#$%\[\]{}^]$/;
  var MIN_WIDTH = 2;
  var MAX_WIDTH = 6;

  /** FNV-1a (32 bits) of an id, in base 36 on `width` characters. */
  function code(id, width) {
    var h = 0x811c9dc5;
    for (var i = 0; i < id.length; i++) {
      h ^= id.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    var s = ((h >>> 0) % Math.pow(36, width)).toString(36);
    while (s.length < width) s = "0" + s;
    return s;
  }

  function distinct(ids) {
    var seen = {}, out = [];
    ids.forEach(function (id) {
      if (!Object.prototype.hasOwnProperty.call(seen, id)) { seen[id] = true; out.push(id); }
    });
    return out;
  }

  /**
   * References to the course's ids: hashes, not positions, so that a new version of the course with a lesson more
   * still reads a learner's saved state. `width` given: the table of a saved state; absent: the narrowest width
   * at which no two ids collide. An id without an unambiguous code is written literally between '*'.
   */
  function refTable(ids, width) {
    ids = distinct(ids);
    if (!width) {
      for (width = MIN_WIDTH; width < MAX_WIDTH; width++) {
        var codes = {}, clash = false;
        for (var i = 0; i < ids.length && !clash; i++) {
          var c = code(ids[i], width);
          clash = Object.prototype.hasOwnProperty.call(codes, c);
          codes[c] = true;
        }
        if (!clash) break;
      }
    }
    var count = {}, byCode = {}, byId = {};
    ids.forEach(function (id) { var c = code(id, width); count[c] = (count[c] || 0) + 1; });
    ids.forEach(function (id) {
      var c = code(id, width);
      if (count[c] === 1) { byCode[c] = id; byId[id] = c; }
    });
    return {
      width: width,
      ref: function (id) { return Object.prototype.hasOwnProperty.call(byId, id) ? byId[id] : "*" + escape(id) + "*"; },
      id: function (c) { return Object.prototype.hasOwnProperty.call(byCode, c) ? byCode[c] : null; }
    };
  }

  /** Every id of the course data the state can name: units and questions (docs/runtime.md). */
  function courseIds(data) {
    var ids = data.units.map(function (u) { return u.id; });
    Object.keys(data.quizzes || {}).forEach(function (k) {
      (data.quizzes[k].questions || []).forEach(function (q) { ids.push(q.id); });
    });
    return ids;
  }

  /** Letters, digits, space and a few signs pass; any other UTF-16 unit becomes '~' and four hex digits. */
  function escape(s) {
    var out = "";
    for (var i = 0; i < s.length; i++) {
      var ch = s.charAt(i);
      if (SAFE.test(ch)) out += ch;
      else out += "~" + ("000" + s.charCodeAt(i).toString(16)).slice(-4);
    }
    return out;
  }

  function unescape(s) {
    return s.replace(/~([0-9a-f]{4})/g, function (m, hex) { return String.fromCharCode(parseInt(hex, 16)); });
  }

  function isDigit(x) {
    return typeof x === "number" && x >= 0 && x < 36 && Math.floor(x) === x;
  }

  /** One response, by its JSON shape: a kind letter, then its payload (docs/scorm12.md). */
  function encodeValue(v) {
    if (v === null || v === undefined) return "z";
    if (v === true) return "t";
    if (v === false) return "f";
    if (typeof v === "number" && isFinite(v)) return "n" + String(v);
    if (typeof v === "string") return "s" + escape(v);
    if (Array.isArray(v)) {
      if (v.every(isDigit)) return "a" + v.map(function (x) { return x.toString(36); }).join("");
      if (v.length && v.every(function (p) { return Array.isArray(p) && p.length === 2 && isDigit(p[0]) && isDigit(p[1]); })) {
        return "p" + v.map(function (p) { return p[0].toString(36) + p[1].toString(36); }).join("");
      }
    }
    return "j" + escape(JSON.stringify(v));
  }

  function decodeValue(s) {
    var kind = s.charAt(0), body = s.slice(1);
    switch (kind) {
      case "z": return null;
      case "t": return true;
      case "f": return false;
      case "n": return Number(body);
      case "s": return unescape(body);
      case "a": return body.split("").filter(Boolean).map(function (c) { return parseInt(c, 36); });
      case "p": {
        var pairs = [];
        for (var i = 0; i + 1 < body.length; i += 2) pairs.push([parseInt(body.charAt(i), 36), parseInt(body.charAt(i + 1), 36)]);
        return pairs;
      }
      case "j": return JSON.parse(unescape(body));
      default: throw new Error("unknown kind " + kind);
    }
  }

  function encode(state, refs) {
    var out = CODEC_VERSION + refs.width.toString(36) + "|";
    if (typeof state.loc === "string") out += refs.ref(state.loc);
    out += "|" + (state.done || []).map(refs.ref).join("");
    var quizzes = state.quiz || {};
    Object.keys(quizzes).forEach(function (id) {
      var q = quizzes[id] || {};
      var drawn = q.drawn || [];
      var best = q.best;
      var keyWidth = drawn.length <= 36 ? 1 : 2;
      out += "|" + refs.ref(id) + "," + Math.min(q.n || 0, MAX_ATTEMPTS_STORED).toString(36) + ",";
      if (typeof best === "number" && Math.floor(best) === best && best >= 0 && best <= 2147483647) out += best.toString(36);
      else if (typeof best === "number" && isFinite(best)) out += "=" + String(best);
      out += "," + ((q.passed ? 1 : 0) + (q.submitted ? 2 : 0)) + "," + drawn.map(refs.ref).join("") + ",";
      out += Object.keys(q.answers || {}).map(function (qid) {
        var at = drawn.indexOf(qid);
        var key = at >= 0 ? ("0" + at.toString(36)).slice(-keyWidth) : "*" + escape(qid) + "*";
        return key + encodeValue(q.answers[qid]);
      }).join(";");
    });
    return out;
  }

  /** Reads a list of references: fixed-width codes or '*literal*'; an unknown code gives null (kept in place). */
  function readRefs(s, refs) {
    var out = [];
    for (var i = 0; i < s.length;) {
      if (s.charAt(i) === "*") {
        var end = s.indexOf("*", i + 1);
        if (end < 0) throw new Error("unterminated literal");
        out.push(unescape(s.slice(i + 1, end)));
        i = end + 1;
      } else {
        out.push(refs.id(s.substr(i, refs.width)));
        i += refs.width;
      }
    }
    return out;
  }

  /** The state saved by encode(), or null when there is none or it cannot be read (the learner starts afresh). */
  function decode(text, ids) {
    if (!text || text.charAt(0) !== CODEC_VERSION) return null;
    var refs = refTable(ids, parseInt(text.charAt(1), 36));
    var sections = text.slice(2).split("|");
    if (sections[0] !== "" || sections.length < 3) return null;
    var state = { v: 1, loc: readRefs(sections[1], refs)[0] || null, done: [], quiz: {} };
    state.done = readRefs(sections[2], refs).filter(function (id) { return id !== null; });
    sections.slice(3).forEach(function (section) {
      var f = section.split(",");
      if (f.length !== 6) throw new Error("malformed quiz section");
      var id = readRefs(f[0], refs)[0];
      var drawn = readRefs(f[4], refs);
      var q = { n: parseInt(f[1], 36) };
      if (f[2].charAt(0) === "=") q.best = Number(f[2].slice(1));
      else if (f[2] !== "") q.best = parseInt(f[2], 36);
      var flags = parseInt(f[3], 36);
      q.passed = (flags & 1) === 1;
      q.drawn = drawn.filter(function (x) { return x !== null; });
      q.answers = {};
      var keyWidth = drawn.length <= 36 ? 1 : 2;
      (f[5] ? f[5].split(";") : []).forEach(function (a) {
        var qid, rest;
        if (a.charAt(0) === "*") {
          var end = a.indexOf("*", 1);
          qid = unescape(a.slice(1, end));
          rest = a.slice(end + 1);
        } else {
          qid = drawn[parseInt(a.slice(0, keyWidth), 36)];
          rest = a.slice(keyWidth);
        }
        if (qid !== null && qid !== undefined) q.answers[qid] = decodeValue(rest);
      });
      q.submitted = (flags & 2) === 2;
      if (id !== null && id !== undefined) state.quiz[id] = q;
    });
    return state;
  }

  /**
   * When a state does not fit (a player that lets fill-ins grow past their limit), the answers of finished
   * attempts go first, then all answers: the place, the lessons done and the attempts used always survive.
   */
  function fitted(state, refs, limit) {
    var text = encode(state, refs);
    if (text.length <= limit) return text;
    var lighter = JSON.parse(JSON.stringify(state));
    Object.keys(lighter.quiz || {}).forEach(function (id) { if (lighter.quiz[id].submitted) lighter.quiz[id].answers = {}; });
    text = encode(lighter, refs);
    if (text.length <= limit) return text;
    Object.keys(lighter.quiz || {}).forEach(function (id) { lighter.quiz[id].answers = {}; lighter.quiz[id].drawn = []; });
    return encode(lighter, refs);
  }

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

  // ------------------------------------------------------------------ the API

  /**
   * RTE 3.3.6.1: the API is an object named "API" in a parent frame (at most seven levels up) or in the window that
   * opened this one, and its parents. Bounded so that a broken frame chain never loops; a frame of another origin
   * that refuses to be read counts as "not here".
   */
  function findApi(start) {
    var win = start;
    for (var level = 0; win && level <= 7; level++) {
      try {
        if (win.API && typeof win.API.LMSInitialize === "function") return win.API;
      } catch (e) {
        // another origin: keep walking up
      }
      var parent;
      try {
        parent = win.parent;
      } catch (e) {
        parent = null;
      }
      if (!parent || parent === win) break;
      win = parent;
    }
    return null;
  }

  function discover() {
    var api = findApi(window);
    if (api) return api;
    try {
      if (window.opener && !window.opener.closed) return findApi(window.opener);
    } catch (e) {
      // an opener of another origin
    }
    return null;
  }

  var NOTICE = {
    fr: "Aucune plateforme de formation n’a été trouvée : le cours fonctionne seul et votre progression n’est "
      + "enregistrée que dans ce navigateur.",
    en: "No learning platform was found: the course runs on its own and your progress is saved in this browser only."
  };

  function notice(data) {
    try {
      return P.i18n.t("noLms");
    } catch (e) {
      return NOTICE[String(data.course.language || "en").slice(0, 2)] || NOTICE.en;
    }
  }

  /**
   * The learner state in this browser's localStorage, under the key the standalone adapter uses (docs/runtime.md),
   * for packages that ship only this adapter; null where the browser refuses storage.
   */
  function localState(data) {
    var key = "parcours:" + data.course.id, store = null;
    try {
      store = window.localStorage;
      store.setItem("parcours:probe", "1");
      store.removeItem("parcours:probe");
    } catch (e) {
      store = null;
    }
    return {
      start: function () {
        var state = null;
        try {
          state = store && store.getItem(key) ? JSON.parse(store.getItem(key)) : null;
        } catch (e) {
          state = null;
        }
        return { state: state, mode: "normal" };
      },
      save: function (state) {
        try {
          if (store) store.setItem(key, JSON.stringify(state));
        } catch (e) {
          // a full or refused storage: the course goes on, unsaved
        }
      }
    };
  }

  /**
   * Standalone mode: the standalone adapter when the page loaded it, else the state in localStorage, with the notice
   * that says why the LMS is not used. A page of the course (an asset in the manifest) is standalone by design: no
   * notice then.
   */
  function standalone(data, why) {
    var inner = P.adapters.standalone ? P.adapters.standalone(data) : localState(data);
    var silent = function () {};
    var fallback = {
      exit: false,
      start: function () {
        return Promise.resolve(inner.start()).then(function (r) {
          r = r || {};
          return { state: r.state || null, mode: "normal", notice: why === "asset" ? r.notice || "" : notice(data) };
        });
      }
    };
    ["save", "bookmark", "progress", "experienced", "answer", "score", "complete", "finish", "pagehide"].forEach(function (m) {
      fallback[m] = typeof inner[m] === "function" ? inner[m].bind(inner) : silent;
    });
    return fallback;
  }

  // ------------------------------------------------------------------ the adapter

  P.adapters.scorm12 = function (data) {
    var scope = data.scope && data.scope !== "course" ? data.scope : null;
    var scopeUnit = scope ? data.units.filter(function (u) { return u.id === scope; })[0] : null;
    // pages are assets in the manifest: an LMS launches them without tracking, so they never open a session
    if (scopeUnit && scopeUnit.kind === "page") return standalone(data, "asset");
    var api = discover();
    if (!api) return standalone(data, "none");
    return session(data, api, scopeUnit);
  };

  function session(data, api, scopeUnit) {
    var LIMIT = 4096;
    var refs = refTable(courseIds(data));
    var started = 0;
    var live = false;       // between a successful LMSInitialize and LMSFinish
    var finished = false;   // LMSFinish sent (or refused): never twice
    var mode = "normal";
    var written = {};       // last value set per element, to send only changes
    var commitDue = false;
    var interactionCount = 0;
    var interactionsSupported = true;
    var objectiveIndex = {};
    var objectiveCount = 0;
    var courseDone = false; // the course (or the unit, in a unit SCO) is finished: exit "" (RTE 3.4.2.1.5)
    var failedCourse = false; // the course was reported failed: finished once no graded attempt is left
    var lastState = null;
    var fallback = null;    // the standalone adapter, when the LMS refused LMSInitialize
    var errors = [];
    var exposed = { errors: errors };
    P.scorm12 = exposed;

    /** RTE 3.3.2.3: every call is followed by LMSGetLastError; a non-zero code is logged, never thrown. */
    function check(call, element) {
      var code = "0";
      try {
        code = String(api.LMSGetLastError());
      } catch (e) {
        code = "-1";
      }
      if (code !== "0" && code !== "") {
        var entry = { call: call, element: element || "", code: code, text: "", diagnostic: "" };
        try {
          entry.text = String(api.LMSGetErrorString(code));
          entry.diagnostic = String(api.LMSGetDiagnostic(code));
        } catch (e) {
          // an LMS without these functions: the code alone
        }
        errors.push(entry);
        if (window.console) console.warn("parcours: SCORM 1.2 " + call + "(" + (element || "") + ") failed: " + code + " " + entry.text);
        return false;
      }
      return true;
    }

    function get(element) {
      if (!live) return "";
      var value = "";
      try {
        value = api.LMSGetValue(element);
      } catch (e) {
        value = "";
      }
      return check("LMSGetValue", element) ? String(value === null || value === undefined ? "" : value) : "";
    }

    /** Reads without logging: for elements an LMS may legitimately not implement (RTE 3.4.4, error 401). */
    function probe(element) {
      try {
        var value = api.LMSGetValue(element);
        var code = String(api.LMSGetLastError());
        return code === "0" || code === "" ? String(value) : null;
      } catch (e) {
        return null;
      }
    }

    function set(element, value) {
      if (!live) return false;
      value = String(value);
      if (written[element] === value) return true;
      var ok = false;
      try {
        ok = String(api.LMSSetValue(element, value)) === "true";
      } catch (e) {
        ok = false;
      }
      if (check("LMSSetValue", element) && ok) {
        written[element] = value;
        commitSoon();
        return true;
      }
      return false;
    }

    /** Moodle stores nothing before LMSCommit or LMSFinish: commit once after each burst of changes. */
    function commitSoon() {
      if (commitDue) return;
      commitDue = true;
      Promise.resolve().then(commit);
    }

    function commit() {
      commitDue = false;
      if (!live) return;
      try {
        api.LMSCommit("");
      } catch (e) {
        // logged below
      }
      check("LMSCommit");
    }

    function finish() {
      if (finished || !live) return;
      finished = true;
      if (mode === "normal") {
        // the tracker tells complete() only what changes: attempts used up since a failure are read from the state
        if (failedCourse) courseDone = !attemptsLeft(lastState);
        set("cmi.core.session_time", timespan(Date.now() - started));
        set("cmi.core.exit", courseDone ? "" : "suspend");
      }
      commitDue = false;
      try {
        api.LMSFinish("");
      } catch (e) {
        // logged below
      }
      check("LMSFinish");
      live = false;
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
        var ok = false;
        try {
          ok = String(api.LMSInitialize("")) === "true";
        } catch (e) {
          ok = false;
        }
        if (!check("LMSInitialize") || !ok) {
          finished = true;
          fallback = standalone(data, "refused");
          return Promise.resolve(fallback.start());
        }
        live = true;
        // RTE 3.4.2.1.9: lesson_mode browse or review records nothing
        var lessonMode = get("cmi.core.lesson_mode");
        mode = lessonMode === "browse" || lessonMode === "review" ? lessonMode : "normal";
        var status = get("cmi.core.lesson_status");
        if (mode === "normal" && (status === "" || status === "not attempted")) set("cmi.core.lesson_status", "incomplete");
        var state = null;
        try {
          state = decode(get("cmi.suspend_data"), courseIds(data));
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
          written["cmi.suspend_data"] = encode(state, refs);
          lastState = state;
        }
        if (location) written["cmi.core.lesson_location"] = location;
        var count = parseInt(probe("cmi.interactions._count"), 10);
        interactionsSupported = count >= 0;
        interactionCount = interactionsSupported ? count : 0;
        readObjectives();
        if (mode === "normal") set("cmi.core.exit", "suspend");
        return Promise.resolve({ state: state, mode: mode });
      },

      save: function (state) {
        lastState = state;
        var text = fitted(state, refs, LIMIT);
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
        return fallback ? fallback[name].apply(fallback, arguments) : own.apply(adapter, arguments);
      };
    });

    // RTE 3.3.2.3: commit when the page is hidden (a tab switch, the phone's home button): it may never come back
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden" && live) commit();
    });
    // the tracker forwards pagehide too; finishing is idempotent, and this one also covers a player that stalls
    window.addEventListener("pagehide", finish);
    exposed.finish = finish;
    return adapter;
  }

  P.scorm12Codec = { encode: encode, decode: decode, refTable: refTable, courseIds: courseIds, escape: escape,
    encodeValue: encodeValue, timespan: timespan, pattern: pattern };
})();

/*
 * xAPI statement parts shared by the xapi and cmi5 adapters: ids, timestamps, durations, ADL verbs and the
 * cmi.interaction mapping of the player's answers (docs/runtime.md "Interaction"). Pure functions, no I/O.
 */
(function () {
  "use strict";
  var X = ((window.Parcours = window.Parcours || {}).xapi = window.Parcours.xapi || {});

  // xAPI 1.0.3 Data §2.4.1: statement ids are UUIDs. crypto.randomUUID exists only in secure contexts (https),
  // and LMSs still serve content over plain http; getRandomValues exists everywhere it matters.
  X.uuid = function () {
    var b = new Uint8Array(16);
    if (window.crypto && window.crypto.getRandomValues) window.crypto.getRandomValues(b);
    else for (var i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
    b[6] = (b[6] & 0x0f) | 0x40; // version 4
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  };

  // Data §2.4.7: ISO 8601 with a time zone; UTC with milliseconds sorts and compares without surprises.
  X.timestamp = function (date) { return (date || new Date()).toISOString(); };

  // Data §4.6: ISO 8601 durations; LRSs keep 0.01 s precision (cmi5 §9.5.4.1 requires durations on exit).
  X.duration = function (ms) {
    var cs = Math.max(0, Math.round(ms / 10));
    var h = Math.floor(cs / 360000), m = Math.floor((cs % 360000) / 6000), s = (cs % 6000) / 100;
    return "PT" + (h ? h + "H" : "") + (m ? m + "M" : "") + (Number.isInteger(s) ? s : s.toFixed(2)) + "S";
  };

  // ADL verbs (http://adlnet.gov/expapi/verbs/…), each with a display as the vocabulary defines it.
  var VERBS = ["initialized", "attempted", "resumed", "experienced", "answered", "completed", "passed", "failed",
    "suspended", "terminated", "progressed"];
  X.verbs = {};
  VERBS.forEach(function (v) {
    X.verbs[v] = { id: "http://adlnet.gov/expapi/verbs/" + v, display: { "en-US": v } };
  });

  X.TYPES = {
    course: "http://adlnet.gov/expapi/activities/course",
    part: "http://adlnet.gov/expapi/activities/module",
    lesson: "http://adlnet.gov/expapi/activities/lesson",
    page: "http://adlnet.gov/expapi/activities/lesson",
    quiz: "http://adlnet.gov/expapi/activities/assessment",
    interaction: "http://adlnet.gov/expapi/activities/cmi.interaction"
  };

  X.activity = function (id, type, name, lang) {
    var a = { objectType: "Activity", id: id, definition: { type: type } };
    if (name) { a.definition.name = {}; a.definition.name[lang] = name; }
    return a;
  };

  /** A plain copy of the parts of a unit that statements need: {id, iri, kind, title}. */
  X.unitActivity = function (unit, lang) {
    return X.activity(unit.iri, X.TYPES[unit.kind] || X.TYPES.lesson, unit.title, lang);
  };

  function lm(lang, text) { var m = {}; m[lang] = String(text); return m; }
  function ids(prefix, n) { var a = []; for (var i = 1; i <= n; i++) a.push(prefix + i); return a; }
  function comps(list, lang) { return list.map(function (c) { return { id: c.id, description: lm(lang, c.text) }; }); }
  function numberText(n) { return String(Number(n)); }

  // Data §4.1.4.1 response formats; component ids are those of tincan.xml (target/xapi/Interactions.java):
  // choice ids, s1…/t1… for matching, i1… for sequencing. "[,]" separates items, "[.]" source from target.
  var KINDS = {
    single: { type: "choice", response: function (i, r) { return r.map(function (k) { return i.choices[k].id; }).join("[,]"); } },
    multiple: { type: "choice", response: function (i, r) { return r.map(function (k) { return i.choices[k].id; }).join("[,]"); } },
    truefalse: { type: "true-false", response: function (i, r) { return r ? "true" : "false"; } },
    fillin: { type: "fill-in", response: function (i, r) { return String(r == null ? "" : r).trim(); } },
    matching: { type: "matching", response: function (i, r) { return r.map(function (p) { return "s" + (p[0] + 1) + "[.]t" + (p[1] + 1); }).join("[,]"); } },
    ordering: { type: "sequencing", response: function (i, r) { return r.map(function (k) { return "i" + (k + 1); }).join("[,]"); } },
    numeric: { type: "numeric", response: function (i, r) { return numberText(r); } }
  };

  function patterns(i) {
    var k = KINDS[i.type], c = i.correct;
    switch (i.type) {
      case "fillin": return (c || []).map(function (a) { return String(a).trim(); });
      case "numeric": return [c.min === c.max ? numberText(c.min) : numberText(c.min) + "[:]" + numberText(c.max)];
      case "ordering": return [i.items.map(function (x, n) { return "i" + (n + 1); }).join("[,]")];
      case "matching": return [i.sources.map(function (x, n) { return "s" + (n + 1) + "[.]t" + (n + 1); }).join("[,]")];
      default: return [k.response(i, c)];
    }
  }

  /** The question as a cmi.interaction activity with its full definition. */
  X.interactionActivity = function (i, lang) {
    var d = { type: X.TYPES.interaction, name: lm(lang, shortName(i.prompt)), description: lm(lang, i.prompt),
      interactionType: KINDS[i.type].type, correctResponsesPattern: patterns(i) };
    if (i.type === "single" || i.type === "multiple") d.choices = comps(i.choices, lang);
    if (i.type === "ordering") d.choices = comps(i.items.map(function (t, n) { return { id: "i" + (n + 1), text: t }; }), lang);
    if (i.type === "matching") {
      d.source = comps(i.sources.map(function (t, n) { return { id: ids("s", i.sources.length)[n], text: t }; }), lang);
      d.target = comps(i.targets.map(function (t, n) { return { id: ids("t", i.targets.length)[n], text: t }; }), lang);
    }
    return { objectType: "Activity", id: i.questionIri, definition: d };
  };

  /** result of an "answered" statement: response, success, score and latency as duration. */
  X.interactionResult = function (i) {
    var r = { response: KINDS[i.type].response(i, i.response), success: !!i.success };
    var max = Number(i.maxPoints) || 0;
    if (max > 0) r.score = { raw: Number(i.points) || 0, min: 0, max: max, scaled: round4((Number(i.points) || 0) / max) };
    if (i.latencyMs != null) r.duration = X.duration(i.latencyMs);
    return r;
  };

  function shortName(p) {
    var flat = String(p).replace(/\s+/g, " ").trim();
    return flat.length <= 120 ? flat : flat.slice(0, 119) + "…";
  }

  function round4(x) { return Math.round(x * 10000) / 10000; }
  X.round4 = round4;
})();

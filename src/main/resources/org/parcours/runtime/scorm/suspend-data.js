/*
 * The suspend-data codec: the player's State (docs/runtime.md) in few characters, with the layout of
 * docs/scorm12.md ("Suspend data"), for an LMS that keeps little (SCORM 1.2 RTE 3.4.4: cmi.suspend_data is a
 * CMIString4096). Its Java twin (org.parcours.format.scorm12.SuspendDataCodec) sizes the worst case at build time,
 * and SuspendDataAgreementIT holds both equal. Pure functions: no window, no DOM, so Node runs it as it is.
 */
(function (root) {
  "use strict";
  var P = (root.Parcours = root.Parcours || {});
  var S = (P.scorm = P.scorm || {});

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

  S.suspendData = { encode: encode, decode: decode, fitted: fitted, refTable: refTable, courseIds: courseIds,
    escape: escape, encodeValue: encodeValue };
})(typeof window !== "undefined" ? window : globalThis);

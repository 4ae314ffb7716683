/*
 * The SCORM API, as both SCORM versions expose it to content: find the LMS's API object (bounded search), then
 * call it through one connection that checks every call's error code, sends only values that changed, and
 * decides when to commit. The SCORM 1.2 adapter and the SCORM 2004 one differ only in the dialect they pass:
 * the object's name and its function names (SCORM 1.2 RTE 3.3; SCORM 2004 4th ed. RTE 3.1).
 * Nothing here knows the data model: adapters/<version>.js maps the player's events onto it.
 */
(function () {
  "use strict";
  var P = (window.Parcours = window.Parcours || {});
  var S = (P.scorm = P.scorm || {});

  /** The two dialects. `levels`: how far up the frame chain to look (the ADL sample algorithms' bounds). */
  S.V12 = { label: "SCORM 1.2", object: "API", levels: 7, initialize: "LMSInitialize", terminate: "LMSFinish",
    getValue: "LMSGetValue", setValue: "LMSSetValue", commit: "LMSCommit", getLastError: "LMSGetLastError",
    getErrorString: "LMSGetErrorString", getDiagnostic: "LMSGetDiagnostic" };
  S.V2004 = { label: "SCORM 2004", object: "API_1484_11", levels: 500, initialize: "Initialize", terminate: "Terminate",
    getValue: "GetValue", setValue: "SetValue", commit: "Commit", getLastError: "GetLastError",
    getErrorString: "GetErrorString", getDiagnostic: "GetDiagnostic" };

  /**
   * The API object in `start` or one of its parents (SCORM 1.2 RTE 3.3.6.1; SCORM 2004 RTE 3.3.6.1: the same walk,
   * another name). Bounded, so that a broken frame chain never loops; a frame of another origin that refuses to be
   * read counts as "not here".
   */
  function findIn(start, dialect) {
    var win = start;
    for (var level = 0; win && level <= dialect.levels; level++) {
      try {
        var api = win[dialect.object];
        if (api && typeof api[dialect.initialize] === "function") return api;
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

  /** The frame chain of this window first, then that of the window that opened it (a course launched in a popup). */
  S.discover = function (dialect, win) {
    win = win || window;
    var api = findIn(win, dialect);
    if (api) return api;
    try {
      if (win.opener && !win.opener.closed) return findIn(win.opener, dialect);
    } catch (e) {
      // an opener of another origin
    }
    return null;
  };

  /**
   * A session with the LMS through `api`. Every call is followed by the last-error call (SCORM 1.2 RTE 3.3.2.3,
   * SCORM 2004 RTE 3.1.7): a non-zero code is logged in `errors` and on the console, never thrown at the learner.
   * set() sends a value only when it differs from the last one sent; commits follow the policy of save().
   */
  S.connection = function (api, dialect, options) {
    options = options || {};
    var live = false;       // between a successful initialize and terminate
    var ended = false;      // terminate sent (or refused): never twice
    var written = {};       // last value sent per element
    var dirty = false;      // values set since the last commit
    var due = null;         // "now" (end of this task) or a timer id (coalesced commit)
    var errors = [];
    var counts = { commit: 0, set: 0 };

    function call(name, args) {
      try {
        return api[dialect[name]].apply(api, args || []);
      } catch (e) {
        return undefined;
      }
    }

    function check(name, element) {
      var code = call("getLastError");
      code = code === undefined ? "-1" : String(code);
      if (code === "0" || code === "") return true;
      var entry = { call: dialect[name], element: element || "", code: code, text: "", diagnostic: "" };
      entry.text = String(call("getErrorString", [code]) || "");
      entry.diagnostic = String(call("getDiagnostic", [code]) || "");
      errors.push(entry);
      if (window.console) {
        console.warn("parcours: " + dialect.label + " " + entry.call + "(" + entry.element + ") failed: " + code + " " + entry.text);
      }
      return false;
    }

    function cancelDue() {
      if (typeof due === "number") clearTimeout(due);
      due = null;
    }

    var c = {
      errors: errors,
      counts: counts,

      /** Opens the session; false when the LMS refuses it. */
      initialize: function () {
        var ok = String(call("initialize", [""])) === "true";
        if (!check("initialize") || !ok) {
          ended = true;
          return false;
        }
        live = true;
        return true;
      },

      live: function () { return live; },

      get: function (element) {
        if (!live) return "";
        var value = call("getValue", [element]);
        return check("getValue", element) ? String(value === null || value === undefined ? "" : value) : "";
      },

      /** Reads without logging: for elements an LMS may legitimately not implement (SCORM 1.2 RTE 3.4.4, error 401). */
      probe: function (element) {
        if (!live) return null;
        var value = call("getValue", [element]);
        var code = call("getLastError");
        return code !== undefined && (String(code) === "0" || String(code) === "") ? String(value) : null;
      },

      /** Records a value the LMS already holds (read at start), so that setting it again sends nothing. */
      known: function (element, value) { written[element] = String(value); },

      set: function (element, value) {
        if (!live) return false;
        value = String(value);
        if (written[element] === value) return true;
        var ok = String(call("setValue", [element, value])) === "true";
        counts.set++;
        if (check("setValue", element) && ok) {
          written[element] = value;
          dirty = true;
          return true;
        }
        return false;
      },

      /**
       * Asks for a commit. "now": at the end of the current task, so that a burst of values (an attempt's
       * interactions, its score and status) travels in one request; "later": within options.interval ms, coalesced
       * with every other change of that time (typing an answer). A "now" overrides a pending "later".
       */
      save: function (when) {
        if (!live || !dirty) return;
        if (when === "now") {
          if (due === "now") return;
          cancelDue();
          due = "now";
          Promise.resolve().then(function () { if (due === "now") c.commit(); });
        } else if (due === null) {
          due = setTimeout(function () { due = null; c.commit(); }, options.interval || 20000);
        }
      },

      /**
       * Commits at once if anything changed since the last commit, or whatever happened when `always` (the page is
       * hidden: it may never come back).
       */
      commit: function (always) {
        cancelDue();
        if (!live || (!dirty && !always)) return;
        dirty = false;
        counts.commit++;
        call("commit", [""]);
        check("commit");
      },

      /** Ends the session once; the LMS stores what was set (SCORM 1.2 RTE 3.3.2.2: LMSFinish commits). */
      terminate: function () {
        if (ended || !live) return;
        ended = true;
        cancelDue();
        dirty = false;
        call("terminate", [""]);
        check("terminate");
        live = false;
      }
    };
    return c;
  };
})();

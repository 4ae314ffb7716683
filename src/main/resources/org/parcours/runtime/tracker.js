/*
 * The tracker: the one tracking interface of the player (docs/runtime.md). The player calls Parcours.tracker and
 * nothing else; the tracker forwards to the adapter named by the course data (data.adapter), chosen once, at
 * start. Adapters register a factory: Parcours.adapters["name"] = function (data) { return adapter; }.
 * It also shields the player from its adapter: every call returns a Promise and an adapter's failure is logged,
 * never thrown into the player; in "browse" and "review" mode nothing is recorded (SCORM 1.2 RTE 3.4.2.4.2:
 * cmi.core.lesson_mode); complete() is forwarded only when what it says changes; finish() runs once.
 */
(function () {
  "use strict";
  var P = (window.Parcours = window.Parcours || {});
  P.adapters = P.adapters || {};
  var data = (P.data = JSON.parse(document.getElementById("parcours-data").textContent));

  var adapter = null;
  var mode = "normal";
  var finished = false;
  var lastComplete = null;

  function warn(name) {
    return function (error) {
      if (window.console) console.warn("parcours: adapter '" + data.adapter + "' failed in " + name + "()", error);
    };
  }

  /** Calls the adapter's method with args; recording calls are skipped outside "normal" mode and after finish. */
  function call(name, args, recording) {
    if (!adapter) return Promise.reject(new Error("parcours: tracker." + name + "() before tracker.start()"));
    if ((recording && mode !== "normal") || (finished && name !== "pagehide")) return Promise.resolve();
    if (typeof adapter[name] !== "function") return Promise.resolve();
    try {
      return Promise.resolve(adapter[name].apply(adapter, args)).catch(warn(name));
    } catch (error) {
      warn(name)(error);
      return Promise.resolve();
    }
  }

  P.tracker = {
    /** Resolves with {state, mode, notice}; an adapter that fails to start leaves the player running, untracked. */
    start: function () {
      var factory = P.adapters[data.adapter];
      if (typeof factory !== "function") throw new Error("parcours: the adapter '" + data.adapter + "' is not loaded");
      adapter = factory(data);
      return Promise.resolve()
        .then(function () { return adapter.start(); })
        .then(function (r) {
          r = r || {};
          mode = r.mode === "browse" || r.mode === "review" ? r.mode : "normal";
          return { state: r.state || null, mode: mode, notice: r.notice || "" };
        }, function (error) {
          warn("start")(error);
          return { state: null, mode: mode, notice: "" };
        });
    },
    save: function (state) { return call("save", [state], true); },
    bookmark: function (location) { return call("bookmark", [String(location).slice(0, 255)], true); },
    progress: function (fraction) { return call("progress", [Math.max(0, Math.min(1, fraction))], true); },
    experienced: function (unit) { return call("experienced", [unit], true); },
    answer: function (interaction) { return call("answer", [interaction], true); },
    score: function (quiz, result) { return call("score", [quiz, result], true); },
    complete: function (course) {
      var said = JSON.stringify(course);
      if (said === lastComplete) return Promise.resolve();
      lastComplete = said;
      return call("complete", [course], true);
    },
    finish: function () {
      var done = call("finish", [], false);
      finished = true;
      return done;
    },
    /**
     * When adapters save to their LMS, in ms (docs/runtime.md, "When the runtime saves"): milestones (a unit
     * finished, an attempt submitted, the course's result) no closer than `spacing` to the previous save, other
     * changes (answers being typed, moving to another unit) within `interval`. The player data may set
     * "saving": {"spacingSeconds", "intervalSeconds"}.
     */
    timing: function () {
      var s = data.saving || {};
      function ms(v, d) { return typeof v === "number" && v >= 0 ? v * 1000 : d; }
      return { spacing: ms(s.spacingSeconds, 10000), interval: ms(s.intervalSeconds, 30000) };
    },
    /** Whether the adapter offers an Exit button (an LMS session to close); the standalone one does not. */
    canExit: function () {
      return !!(adapter && adapter.exit);
    },
    mode: function () {
      return mode;
    }
  };

  // a hidden page may never come back (SCORM 1.2 RTE 3.3.2.3 asks for a commit then): adapters save what waits
  document.addEventListener("visibilitychange", function () {
    if (adapter && document.visibilityState === "hidden") call("hidden", [], false);
  });
  // persisted: the page goes into the back/forward cache and may come back as it is (not a reload, not a close)
  window.addEventListener("pagehide", function (e) {
    if (adapter) call("pagehide", [{ persisted: !!(e && e.persisted) }], false);
  });
})();

/* parcours:requires xapi/statements.js xapi/outbox.js xapi/client.js xapi/bookmark.js xapi/launch.js */
/*
 * The xAPI (TinCan launch) adapter behind the tracker: launch parameters → statements to the LRS through the
 * outbox, bookmark in the State API. Launch parameters (Rustici "TinCan launch" document): endpoint, auth (the
 * Authorization header, verbatim), actor (also in the legacy array form), registration, activity_id, grouping,
 * activity_platform; any other parameter is left in the page URL untouched. Without endpoint and actor the
 * course runs standalone, with its state in localStorage.
 */
(function () {
  "use strict";
  var P = (window.Parcours = window.Parcours || {});
  P.adapters = P.adapters || {};

  P.adapters.xapi = function (config) {
    var X, data, lang, launch, actor, agentText, registration, client, outbox, bookmark;
    var course, track = {}, state = null, started = 0, live = false, ended = false, failedThisSession = false;

    function context(parents, groupings) {
      var ctx = { registration: registration, language: lang, contextActivities: {} };
      if (launch.activity_platform) ctx.platform = launch.activity_platform;
      if (parents.length) ctx.contextActivities.parent = parents;
      var g = groupings.concat(launch.grouping ? [{ objectType: "Activity", id: launch.grouping }] : []);
      if (g.length) ctx.contextActivities.grouping = g;
      if (!parents.length && !g.length) delete ctx.contextActivities;
      return ctx;
    }

    function statement(verb, object, result, parents, groupings) {
      var st = { id: X.uuid(), timestamp: X.timestamp(), actor: actor, verb: X.verbs[verb], object: object,
        context: context(parents || [], groupings || []) };
      if (result) st.result = result;
      return st;
    }

    function send(verb, object, result, parents, groupings) {
      if (!live || ended) return;
      outbox.push(statement(verb, object, result, parents, groupings));
    }

    function courseRef() { return { objectType: "Activity", id: course.id }; }
    function partRef(partId) {
      var p = X.unit(data, partId);
      return p ? [{ objectType: "Activity", id: p.iri }] : [];
    }
    function elapsed() { return X.duration(Date.now() - started); }
    // "now" for a milestone, "later" for the rest (docs/runtime.md, "When the runtime saves")
    function persist(when) { if (!ended) bookmark.save({ v: 1, state: state, track: track }, when); }

    /** Suspended (unless completed) then terminated, queued together so that they leave in one ordered request. */
    function closing() {
      var list = [];
      if (!track.completed) list.push(statement("suspended", courseRef(), { duration: elapsed() }, [], []));
      list.push(statement("terminated", courseRef(), { duration: elapsed() }, [], []));
      ended = true;
      return list;
    }

    var adapter = {
      start: async function () {
        X = P.xapi;
        data = X.courseData(config);
        lang = data.course.language;
        launch = X.query(window.location.search);
        started = Date.now();
        var standalone = !launch.endpoint || !launch.actor;
        try { actor = standalone ? null : X.agent(launch.actor); } catch (e) { standalone = true; }
        // Without a registration the state would belong to no attempt: keep one per course on this device.
        var regKey = "parcours.xapi.registration." + data.course.id;
        registration = launch.registration || localStorage.getItem(regKey) || X.uuid();
        if (!launch.registration) localStorage.setItem(regKey, registration);
        agentText = actor ? JSON.stringify(actor) : "";
        course = { id: launch.activity_id || data.course.id };
        client = standalone ? null : X.Client(launch.endpoint, launch.auth);
        outbox = X.Outbox({ key: registration, client: client, onReport: X.reporter(lang, adapter) });
        bookmark = X.Bookmark({ client: client, activityId: course.id, agent: agentText, registration: registration,
          localKey: (standalone ? "standalone." : "") + registration, timing: P.tracker.timing() });
        var doc = await bookmark.load();
        if (doc) { state = doc.state || null; track = doc.track || {}; }
        if (standalone) return { state: state, mode: "normal", notice: X.notice(lang, "standalone") };
        live = true;
        adapter.exit = true; // an LMS session to close: the player shows its Exit control (tracker.canExit)
        var name = {}; name[lang] = data.course.title;
        var courseActivity = { objectType: "Activity", id: course.id, definition: { type: X.TYPES.course, name: name } };
        send("initialized", courseActivity);
        send(state ? "resumed" : "attempted", courseActivity);
        return { state: state, mode: "normal" };
      },

      save: function (s) { state = s; persist("later"); },
      bookmark: function () { /* the location travels inside the state document (save) */ },
      progress: function () { /* completion is reported by experienced / completed statements */ },

      experienced: function (unit) {
        var u = X.unit(data, unit);
        if (!u) return;
        var parents = u.part ? partRef(u.part) : [courseRef()];
        send("experienced", X.unitActivity(u, lang), null, parents, u.part ? [courseRef()] : []);
        persist("now");
      },

      answer: function (i) {
        var quiz = X.unit(data, i.quizId) || { iri: i.quizIri };
        send("answered", X.interactionActivity(i, lang), X.interactionResult(i),
          [{ objectType: "Activity", id: quiz.iri || i.quizIri }], [courseRef()].concat(partRef(i.part || quiz.part)));
      },

      // The quiz's recorded result is its best attempt (grading.js): a retake that changes nothing in it (a failed
      // retake after a pass, a lower score) sends no verdict, so the LRS's last word on the quiz is never worse.
      score: function (quiz, r) {
        var q = X.unit(data, quiz);
        if (!q) return;
        var rec = P.grading.recorded(state && state.quiz[q.id]) || { raw: r.raw, scaled: r.scaled, passed: !!r.passed };
        track.quiz = track.quiz || {};
        var said = track.quiz[q.id];
        if (!said || rec.raw > said.raw || (rec.passed && !said.passed)) {
          track.quiz[q.id] = { raw: rec.raw, passed: rec.passed };
          send(rec.passed ? "passed" : "failed", X.unitActivity(q, lang), {
            score: { scaled: X.round4(rec.scaled), raw: rec.raw, min: 0, max: 100 },
            success: rec.passed, completion: true, duration: X.duration(r.durationMs || 0)
          }, q.part ? partRef(q.part) : [courseRef()], q.part ? [courseRef()] : []);
        }
        persist("now");
      },

      // As soon as earned (Moodle's mod_tincanlaunch reads completion from "completed" on the launch activity).
      complete: function (c) {
        var score = typeof c.scaled === "number" ? { scaled: X.round4(c.scaled) } : undefined;
        if (c.completed && !track.completed) {
          track.completed = true;
          send("completed", courseRef(), { completion: true, duration: elapsed() });
        }
        if (c.passed === true && !track.passed) {
          track.passed = true;
          send("passed", courseRef(), { success: true, completion: !!c.completed, score: score, duration: elapsed() });
        } else if (c.passed === false && !track.passed && !failedThisSession) {
          failedThisSession = true;
          send("failed", courseRef(), { success: false, completion: !!c.completed, score: score, duration: elapsed() });
        }
        persist("now");
      },

      // Exit: the bookmark first (nothing may follow terminated), then everything queued, then suspended and
      // terminated together.
      finish: async function () {
        if (!live || ended) return;
        persist("now");
        await bookmark.flush();
        await outbox.flush(15000);
        outbox.push(closing());
        await outbox.flush(15000);
      },

      // The tab goes away without Exit: the bookmark leaves first, then whatever is queued and the closing
      // statements, in order, in one keepalive request (two requests may reach the LRS in either order).
      pagehide: function () {
        if (!live) return;
        if (!ended) {
          bookmark.pagehide();
          outbox.push(closing(), true);
        }
        outbox.pagehide();
      },

      // A hidden page may never come back (a phone's home button, a closed tab): the bookmark goes now.
      hidden: function () {
        if (live && !ended) bookmark.flush({ keepalive: true });
      },

      /** For tests and the player's notices: statements waiting, statements refused by the LRS. */
      pending: function () { return outbox ? outbox.size() : 0; },
      /** For the benchmark and the journeys: State documents written to the LRS (PUT requests). */
      stateWrites: function () { return bookmark ? bookmark.counts.puts : 0; },
      rejected: function () { return outbox ? outbox.rejected() : []; }
    };
    return adapter;
  };
})();

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

    function send(verb, object, result, parents, groupings) {
      if (!live || ended) return;
      var st = { id: X.uuid(), timestamp: X.timestamp(), actor: actor, verb: X.verbs[verb], object: object,
        context: context(parents || [], groupings || []) };
      if (result) st.result = result;
      outbox.push(st);
    }

    function courseRef() { return { objectType: "Activity", id: course.id }; }
    function partRef(partId) {
      var p = X.unit(data, partId);
      return p ? [{ objectType: "Activity", id: p.iri }] : [];
    }
    function elapsed() { return X.duration(Date.now() - started); }
    function persist() { return bookmark.save({ v: 1, state: state, track: track }); }

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
          localKey: (standalone ? "standalone." : "") + registration });
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

      save: function (s) { state = s; return persist(); },
      bookmark: function () { /* the location travels inside the state document (save) */ },
      progress: function () { /* completion is reported by experienced / completed statements */ },

      experienced: function (unit) {
        var u = X.unit(data, unit);
        if (!u) return;
        var parents = u.part ? partRef(u.part) : [courseRef()];
        send("experienced", X.unitActivity(u, lang), null, parents, u.part ? [courseRef()] : []);
      },

      answer: function (i) {
        var quiz = X.unit(data, i.quizId) || { iri: i.quizIri };
        send("answered", X.interactionActivity(i, lang), X.interactionResult(i),
          [{ objectType: "Activity", id: quiz.iri || i.quizIri }], [courseRef()].concat(partRef(i.part || quiz.part)));
      },

      score: function (quiz, r) {
        var q = X.unit(data, quiz);
        if (!q) return;
        send(r.passed ? "passed" : "failed", X.unitActivity(q, lang), {
          score: { scaled: X.round4(r.scaled), raw: r.raw, min: r.min, max: r.max },
          success: !!r.passed, completion: true, duration: X.duration(r.durationMs || 0)
        }, q.part ? partRef(q.part) : [courseRef()], q.part ? [courseRef()] : []);
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
        return persist();
      },

      // Exit: bookmark first (nothing may follow terminated), then suspended/terminated, then the outbox drains.
      finish: async function () {
        if (!live || ended) return;
        await persist();
        await bookmark.flush();
        await outbox.flush(15000);
        if (!track.completed) send("suspended", courseRef(), { duration: elapsed() });
        send("terminated", courseRef(), { duration: elapsed() });
        ended = true;
        await outbox.flush(15000);
      },

      // The tab goes away without Exit: end the session the same way, sent with keepalive.
      pagehide: function () {
        if (!live) return;
        if (!ended) {
          bookmark.pagehide();
          if (!track.completed) send("suspended", courseRef(), { duration: elapsed() });
          send("terminated", courseRef(), { duration: elapsed() });
          ended = true;
        }
        outbox.pagehide();
      },

      /** For tests and the player's notices: statements waiting, statements refused by the LRS. */
      pending: function () { return outbox ? outbox.size() : 0; },
      rejected: function () { return outbox ? outbox.rejected() : []; }
    };
    return adapter;
  };
})();

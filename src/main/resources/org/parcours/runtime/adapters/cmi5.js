/* parcours:requires xapi/statements.js xapi/outbox.js xapi/client.js xapi/bookmark.js xapi/launch.js */
/*
 * The cmi5 adapter behind the tracker (cmi5 spec, AU side). Launch (§8.1): endpoint, fetch, actor, registration,
 * activityId. The fetch URL is POSTed once (§8.2) and its token kept in sessionStorage with the session, so a
 * reload neither fetches again nor re-initializes. Then LMS.LaunchData (§10) and the learner preferences (§11)
 * are read before the first statement; "initialized" goes first, "terminated" last, after the bookmark.
 */
(function () {
  "use strict";
  var P = (window.Parcours = window.Parcours || {});
  P.adapters = P.adapters || {};
  var CAT_CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
  var CAT_MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
  var EXT_MASTERY = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
  var EXT_PROGRESS = "https://w3id.org/xapi/cmi5/result/extensions/progress";

  P.adapters.cmi5 = function (config) {
    var X, data, lang, launch, actor, client, outbox, bookmark, launchData, session, sessionKey;
    var state = null, track = {}, mode = "normal", live = false, lastProgress = -1;

    function saveSession() { sessionStorage.setItem(sessionKey, JSON.stringify(session)); }
    function elapsed() { return X.duration(Date.now() - session.start); }
    function clone(o) { return JSON.parse(JSON.stringify(o || {})); }

    // §10.2.1: every statement's context starts from contextTemplate, added to, never overwritten.
    function context(defined, moveOn, mastery, parents) {
      var ctx = clone(launchData.contextTemplate);
      ctx.registration = launch.registration;
      ctx.contextActivities = ctx.contextActivities || {};
      var ca = ctx.contextActivities;
      if (defined) {
        ca.category = (ca.category || []).concat([{ objectType: "Activity", id: CAT_CMI5 }]);
        if (moveOn) ca.category.push({ objectType: "Activity", id: CAT_MOVEON });
      }
      if (parents && parents.length) ca.parent = (ca.parent || []).concat(parents);
      if (mastery && typeof launchData.masteryScore === "number") {
        ctx.extensions = ctx.extensions || {};
        ctx.extensions[EXT_MASTERY] = launchData.masteryScore; // §9.6.3.2: echoes LMS.LaunchData exactly
      }
      return ctx;
    }

    function statement(verb, object, result, ctx) {
      var st = { id: X.uuid(), timestamp: X.timestamp(), actor: actor, verb: X.verbs[verb], object: object, context: ctx };
      if (result) st.result = result;
      return st;
    }

    function auObject() { return { objectType: "Activity", id: launch.activityId }; }
    function auParent() { return [{ objectType: "Activity", id: launch.activityId }]; }

    // cmi5-defined statements (§9.3): about the AU, with the cmi5 category.
    function defined(verb, result, moveOn, mastery) {
      if (!live || session.terminated) return;
      outbox.push(statement(verb, auObject(), result, context(true, moveOn, mastery)));
    }
    // cmi5-allowed statements (§7.1.3): any activity, the context template, no cmi5 or moveOn category.
    function allowed(verb, object, result) {
      if (!live || session.terminated || !session.initialized) return;
      outbox.push(statement(verb, object, result, context(false, false, false, auParent())));
    }

    function persist() { return bookmark.save({ v: 1, state: state, track: track }); }
    function normal() { return mode === "normal"; } // §10.2.2: Browse and Review judge nothing

    function requires(what) { return String(launchData.moveOn || "").indexOf(what) >= 0; }

    // §9.3.0.0: completed once per registration; passed once per registration, never after a failed in the same
    // session; failed never after passed, at most once per session.
    function completed() {
      if (!normal() || track.completed) return;
      track.completed = true;
      defined("completed", { completion: true, duration: elapsed() }, true, false);
    }
    function judged(scaled, playerPassed) {
      if (!normal() || track.passed) return;
      var ms = launchData.masteryScore;
      // §10.2.1: the LMS's masteryScore overrides the package's passing score.
      var passed = typeof ms === "number" && typeof scaled === "number" ? scaled >= ms : !!playerPassed;
      var score = typeof scaled === "number"
        ? { scaled: X.round4(scaled), raw: Math.round(scaled * 100), min: 0, max: 100 } : undefined;
      if (passed) {
        if (session.failed) { track.pendingPassed = { scaled: scaled }; return; } // sent at the next session
        track.passed = true; delete track.pendingPassed; session.passed = true; saveSession();
        defined("passed", { success: true, score: score, duration: elapsed() }, true, true);
      } else if (!session.failed && !session.passed) {
        session.failed = true; saveSession();
        defined("failed", { success: false, score: score, duration: elapsed() }, true, true);
      }
    }

    async function fetchToken() {
      // §8.2: POST, once; the answer is {"auth-token": …} or {"error-code", "error-text"}.
      try {
        var res = await fetch(launch.fetch, { method: "POST", credentials: "omit", cache: "no-store" });
        var json = await res.json().catch(function () { return null; });
        if (res.status === 200 && json && json["auth-token"]) return "Basic " + json["auth-token"];
      } catch (e) { /* reported as an expired launch below */ }
      return null;
    }

    function standalone(notice) {
      bookmark = X.Bookmark({ client: null, localKey: "cmi5-standalone." + (launch.registration || data.course.id) });
      return bookmark.load().then(function (doc) {
        state = doc ? doc.state : null;
        track = (doc && doc.track) || {};
        return { state: state, mode: "normal", notice: X.notice(lang, notice) };
      });
    }

    var adapter = {
      start: async function () {
        X = P.xapi;
        data = X.courseData(config);
        lang = data.course.language;
        launch = X.query(window.location.search);
        if (!launch.endpoint || !launch.fetch || !launch.actor || !launch.registration || !launch.activityId) {
          return standalone("standalone");
        }
        actor = JSON.parse(launch.actor); // §9.2: the launch actor, used unchanged
        sessionKey = "parcours.cmi5.session." + launch.fetch;
        try { session = JSON.parse(sessionStorage.getItem(sessionKey) || "null"); } catch (e) { session = null; }
        if (!session) {
          var auth = await fetchToken();
          if (!auth) return standalone("expired");
          session = { auth: auth, start: Date.now(), initialized: false, terminated: false };
          saveSession();
        }
        client = X.Client(launch.endpoint, session.auth);
        var ld = await client.getState(launch.activityId, launch.actor, launch.registration, "LMS.LaunchData");
        if (ld.status !== 200 || !ld.json) return standalone("unreachable");
        launchData = ld.json;
        mode = { Browse: "browse", Review: "review" }[launchData.launchMode] || "normal";
        // §11: read before the first statement (CATAPULT refuses statements sent earlier).
        var prefs = await client.getAgentProfile(launch.actor, "cmi5LearnerPreferences");
        var languages = prefs.status === 200 && prefs.json && prefs.json.languagePreference;
        outbox = X.Outbox({ key: launch.registration, client: client, onReport: X.reporter(lang, adapter) });
        bookmark = X.Bookmark({ client: client, activityId: launch.activityId, agent: launch.actor,
          registration: launch.registration, localKey: launch.registration + "." + launch.activityId });
        var doc = await bookmark.load();
        if (doc) { state = doc.state || null; track = doc.track || {}; }
        live = !session.terminated;
        adapter.exit = live; // an LMS session to close: the player shows its Exit control (tracker.canExit)
        if (live && !session.initialized) {
          session.initialized = true; saveSession();
          defined("initialized");
          if (track.pendingPassed && normal()) {
            judged(track.pendingPassed.scaled, true);
            await persist();
          }
        }
        var result = { state: state, mode: mode, masteryScore: launchData.masteryScore, returnURL: launchData.returnURL };
        if (!live) result.notice = X.notice(lang, "expired"); // this session was closed by Exit: relaunch from the LMS
        if (languages) result.languages = String(languages).split(",");
        return result;
      },

      // Standalone (no LMS, expired launch) keeps the state on the device; nothing is written after terminated.
      save: function (s) { state = s; return session && session.terminated ? undefined : persist(); },
      bookmark: function () { /* the location travels inside the state document (save) */ },

      progress: function (fraction) {
        var pct = Math.max(0, Math.min(100, Math.round(fraction * 100)));
        if (pct === lastProgress) return;
        lastProgress = pct;
        var ext = {}; ext[EXT_PROGRESS] = pct;
        allowed("progressed", auObject(), { extensions: ext });
      },

      experienced: function (unit) {
        var u = X.unit(data, unit);
        if (!u) return;
        allowed("experienced", X.unitActivity(u, lang));
        if (data.scope === u.id) completed(); // a lesson AU (--au lesson) is done when its lesson is
      },

      answer: function (i) {
        allowed("answered", X.interactionActivity(i, lang), X.interactionResult(i));
      },

      score: function (quiz, r) {
        var q = X.unit(data, quiz);
        if (!q || data.scope !== q.id) return; // in the course AU the course result decides (complete)
        if (requires("Completed")) completed();
        judged(r.scaled, r.passed);
        return persist();
      },

      complete: function (c) {
        if (data.scope !== "course" && data.scope != null) return persist();
        if (c.completed) completed();
        if (typeof c.passed === "boolean") judged(c.scaled, c.passed);
        return persist();
      },

      // Exit (§9.3.8): the bookmark, then everything queued, then "terminated", then back to the LMS.
      finish: async function () {
        if (!live || session.terminated) return;
        await persist();
        await bookmark.flush();
        await outbox.flush(15000);
        defined("terminated", { duration: elapsed() });
        session.terminated = true; saveSession();
        await outbox.flush(15000);
        if (launchData.returnURL) window.location.assign(launchData.returnURL);
      },

      // The page goes away without Exit (maybe a reload): flush, but keep the session open.
      pagehide: function () {
        if (!live) return;
        bookmark.pagehide();
        outbox.pagehide();
      },

      pending: function () { return outbox ? outbox.size() : 0; },
      rejected: function () { return outbox ? outbox.rejected() : []; }
    };
    return adapter;
  };
})();

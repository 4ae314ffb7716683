/*
 * The learner's place and answers as one xAPI activity State document (namespaced stateId), mirrored in
 * localStorage: the mirror answers at once and survives an LRS outage; the State API carries the bookmark to
 * another browser. On load the newer of the two wins (each copy carries its save time).
 */
(function () {
  "use strict";
  var X = ((window.Parcours = window.Parcours || {}).xapi = window.Parcours.xapi || {});
  X.STATE_ID = "https://w3id.org/parcours/xapi/state/bookmark";

  /**
   * opts: {client (null when offline), activityId, agent (JSON text), registration, localKey, timing: {spacing,
   * interval} in ms (Parcours.tracker.timing())}. Every save goes to localStorage at once; the LRS copy follows the
   * save policy of docs/runtime.md ("When the runtime saves"): a "now" save is written at once unless a write went
   * less than `spacing` ago (then at that moment), a "later" one within `interval`; one request at a time, and
   * only the newest document is ever sent.
   */
  X.Bookmark = function (opts) {
    var localKey = "parcours.bookmark." + opts.localKey;
    var timing = opts.timing || { spacing: 0, interval: 0 };
    var last = null;         // the newest document
    var sent = null;         // the newest document handed to a request (or a keepalive)
    var sentAt = -Infinity;
    var timer = null, dueAt = 0;
    var writing = Promise.resolve(true);
    var counts = { puts: 0 };

    function readLocal() {
      try { return JSON.parse(localStorage.getItem(localKey) || "null"); } catch (e) { return null; }
    }

    async function put(doc, extra) {
      if (!opts.client) return true;
      for (var attempt = 0; attempt < 4; attempt++) {
        counts.puts++;
        var res = await opts.client.putState(opts.activityId, opts.agent, opts.registration, X.STATE_ID, doc, extra);
        if (res.status === 204 || res.status === 200) return true;
        if (res.status !== 0 && res.status !== 429 && res.status < 500) return false;
        await new Promise(function (ok) { setTimeout(ok, 300 * Math.pow(2, attempt)); });
      }
      return false;
    }

    function cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    }

    /** Writes the newest document after the write under way, unless it is already written. */
    function write(extra) {
      cancel();
      writing = writing.then(function () {
        if (!last || last === sent) return true;
        var doc = last;
        sent = doc;
        sentAt = Date.now();
        return put(doc, extra).then(function (ok) {
          if (!ok && sent === doc) sent = null; // flush() tries again
          return ok;
        });
      });
      return writing;
    }

    function schedule(wait) {
      var at = Date.now() + wait;
      if (timer !== null && dueAt <= at) return;
      cancel();
      dueAt = at;
      timer = setTimeout(function () { write(); }, wait);
    }

    return {
      counts: counts,
      load: async function () {
        var local = readLocal(), remote = null;
        if (opts.client) {
          var res = await opts.client.getState(opts.activityId, opts.agent, opts.registration, X.STATE_ID);
          if (res.status === 200 && res.json && res.json.v === 1) remote = res.json;
        }
        if (local && remote) return (local.at || 0) > (remote.at || 0) ? local : remote;
        return remote || local;
      },
      /** Stores at once locally; the LRS copy follows, "now" (a milestone) or "later" (coalesced). */
      save: function (doc, when) {
        doc.at = Date.now();
        last = doc;
        try { localStorage.setItem(localKey, JSON.stringify(doc)); } catch (e) { /* the LRS copy still goes */ }
        if (!opts.client) return;
        schedule(when === "now" ? Math.max(0, sentAt + timing.spacing - Date.now()) : timing.interval);
      },
      /**
       * Resolves once the newest document is in the LRS (true) or could not be written (false); extra.keepalive
       * lets the request outlive the page.
       */
      flush: function (extra) { return write(extra); },
      /** The page goes away: the newest document, if no request carries it yet, leaves with keepalive. */
      pagehide: function () {
        cancel();
        if (!last || last === sent || !opts.client) return;
        sent = last;
        counts.puts++;
        opts.client.putState(opts.activityId, opts.agent, opts.registration, X.STATE_ID, last, { keepalive: true });
      }
    };
  };
})();

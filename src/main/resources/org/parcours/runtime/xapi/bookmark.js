/*
 * The learner's place and answers as one xAPI activity State document (namespaced stateId), mirrored in
 * localStorage: the mirror answers at once and survives an LRS outage; the State API carries the bookmark to
 * another browser. On load the newer of the two wins (each copy carries its save time).
 */
(function () {
  "use strict";
  var X = ((window.Parcours = window.Parcours || {}).xapi = window.Parcours.xapi || {});
  X.STATE_ID = "https://w3id.org/parcours/xapi/state/bookmark";

  /** opts: {client (null when offline), activityId, agent (JSON text), registration, localKey} */
  X.Bookmark = function (opts) {
    var localKey = "parcours.bookmark." + opts.localKey;
    var pending = null, writing = Promise.resolve(true), last = null;

    function readLocal() {
      try { return JSON.parse(localStorage.getItem(localKey) || "null"); } catch (e) { return null; }
    }

    async function put(doc, extra) {
      if (!opts.client) return true;
      for (var attempt = 0; attempt < 4; attempt++) {
        var res = await opts.client.putState(opts.activityId, opts.agent, opts.registration, X.STATE_ID, doc, extra);
        if (res.status === 204 || res.status === 200) return true;
        if (res.status !== 0 && res.status !== 429 && res.status < 500) return false;
        await new Promise(function (ok) { setTimeout(ok, 300 * Math.pow(2, attempt)); });
      }
      return false;
    }

    return {
      load: async function () {
        var local = readLocal(), remote = null;
        if (opts.client) {
          var res = await opts.client.getState(opts.activityId, opts.agent, opts.registration, X.STATE_ID);
          if (res.status === 200 && res.json && res.json.v === 1) remote = res.json;
        }
        if (local && remote) return (local.at || 0) > (remote.at || 0) ? local : remote;
        return remote || local;
      },
      /** Stores at once locally; the LRS copy follows (writes are serialised so the last one wins). */
      save: function (doc) {
        doc.at = Date.now();
        last = doc;
        try { localStorage.setItem(localKey, JSON.stringify(doc)); } catch (e) { /* the LRS copy still goes */ }
        if (pending) return writing;
        pending = true;
        writing = writing.then(function () {
          pending = null;
          return put(last);
        });
        return writing;
      },
      /** Resolves once the latest document is in the LRS (true) or could not be written (false); retries a failed write. */
      flush: function () { return writing.then(function (ok) { return ok || !last ? ok : put(last); }); },
      pagehide: function () { if (last && opts.client) opts.client.putState(opts.activityId, opts.agent, opts.registration, X.STATE_ID, last, { keepalive: true }); }
    };
  };
})();

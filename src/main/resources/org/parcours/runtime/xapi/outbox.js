/*
 * The outbox: statements wait in localStorage (keyed by registration) until the LRS has them, so that neither an
 * LRS outage, a reload nor a closed tab loses one. Statements keep their ids, so a resend can never duplicate:
 * xAPI 1.0.3 Communication §2.1.3 has the LRS answer 409 Conflict for an id it already holds.
 *   200/204            stored: removed.
 *   409 on a resend    already stored by an earlier try whose answer was lost: removed.
 *   network, 5xx, 429  retried with exponential backoff, as long as the page lives (and on the next launch).
 *   other 4xx (400…)   will never succeed: not retried, moved aside and reported.
 * A batch answered 400 or 409 is split and its statements sent one by one, so one bad statement costs only itself.
 */
(function () {
  "use strict";
  var X = ((window.Parcours = window.Parcours || {}).xapi = window.Parcours.xapi || {});
  var BATCH = 25;          // statements per POST
  var KEEPALIVE_BYTES = 60000; // browsers cap keepalive bodies at 64 KiB in flight

  /**
   * options: {key, client, onReport(problem), backoff: {base, max}}; client.postStatements(list, {keepalive})
   * and client.putStatement(st) resolve to {status} (status 0 for a network error).
   */
  X.Outbox = function (options) {
    var key = "parcours.outbox." + options.key;
    var rejectedKey = "parcours.outbox-rejected." + options.key;
    var base = (options.backoff && options.backoff.base) || 250, cap = (options.backoff && options.backoff.max) || 8000;
    var items = load(key);
    var running = null, waiters = [], failures = 0;
    var inflight = {}; // ids in a request now: pagehide leaves them to it

    // Requests go with keepalive when small enough, so one under way when the page closes still arrives.
    function small(list) { return JSON.stringify(list).length < KEEPALIVE_BYTES; }
    async function tracked(list, request) {
      list.forEach(function (it) { inflight[it.s.id] = true; });
      try { return await request(); } finally { list.forEach(function (it) { delete inflight[it.s.id]; }); }
    }

    function load(k) {
      try { return JSON.parse(localStorage.getItem(k) || "[]"); } catch (e) { return []; }
    }
    function persist() {
      try { localStorage.setItem(key, JSON.stringify(items)); } catch (e) { /* storage full: the copy in memory still goes */ }
    }
    function reject(item, status, text) {
      var list = load(rejectedKey);
      list.push({ status: status, statement: item.s, text: String(text || "").slice(0, 500) });
      try { localStorage.setItem(rejectedKey, JSON.stringify(list)); } catch (e) { /* reported below anyway */ }
      if (options.onReport) options.onReport({ status: status, id: item.s.id, verb: item.s.verb && item.s.verb.id, text: text });
    }
    function remove(batch) {
      var gone = {};
      batch.forEach(function (it) { gone[it.s.id] = true; });
      items = items.filter(function (it) { return !gone[it.s.id]; });
      persist();
    }
    function retryable(status) { return status === 0 || status === 408 || status === 429 || status >= 500; }

    /** wasSent: whether an earlier request (before the current one) may have stored it. */
    async function sendOne(item, wasSent) {
      item.t = true; persist();
      var res = await tracked([item], function () { return options.client.putStatement(item.s, { keepalive: small([item.s]) }); });
      if (res.status === 200 || res.status === 204 || (res.status === 409 && wasSent)) return "stored";
      if (retryable(res.status)) return "retry";
      reject(item, res.status, res.text);
      return "rejected";
    }

    async function sendBatch(batch) {
      var prior = batch.map(function (it) { return it.t; });
      var everSent = prior.every(Boolean);
      batch.forEach(function (it) { it.t = true; });
      persist(); // marked before the request: its answer may be lost with the page
      var list = batch.map(function (it) { return it.s; });
      var res = await tracked(batch, function () { return options.client.postStatements(list, { keepalive: small(list) }); });
      if (res.status === 200 || res.status === 204) return "stored";
      if (retryable(res.status)) return "retry";
      if (res.status === 409 && everSent && batch.length === 1) return "stored";
      if (res.status === 400 || res.status === 409) {
        if (batch.length === 1 && res.status === 400) { reject(batch[0], res.status, res.text); return "rejected"; }
        for (var i = 0; i < batch.length; i++) {
          var r = await sendOne(batch[i], prior[i]);
          if (r === "retry") return "retry-partial";
          remove([batch[i]]);
        }
        return "done";
      }
      batch.forEach(function (it) { reject(it, res.status, res.text); });
      return "rejected";
    }

    async function drain() {
      while (items.length) {
        var batch = items.slice(0, BATCH);
        var outcome;
        try {
          outcome = await sendBatch(batch);
        } catch (e) {
          // a bug or a browser refusing the request outright: report it, and back off as for a network error
          if (options.onReport) options.onReport({ status: -1, text: String(e) });
          outcome = "retry";
        }
        if (outcome === "retry" || outcome === "retry-partial") {
          failures++;
          var wait = Math.min(cap, base * Math.pow(2, failures - 1));
          await new Promise(function (ok) { setTimeout(ok, wait * (0.8 + 0.4 * Math.random())); });
          continue;
        }
        failures = 0;
        if (outcome !== "done") remove(batch);
      }
    }

    function kick() {
      if (!running) {
        running = drain().then(function () {
          running = null;
          var w = waiters; waiters = [];
          w.forEach(function (f) { f(); });
          if (items.length) kick();
        });
      }
      return running;
    }

    return {
      /** Queues statements (in order) and starts sending. */
      push: function (statements) {
        [].concat(statements).forEach(function (s) { items.push({ s: s, t: false }); });
        persist();
        kick();
      },
      /** Resolves when every queued statement is stored or set aside, or after timeoutMs (false then). */
      flush: function (timeoutMs) {
        if (!items.length && !running) return Promise.resolve(true);
        var done = new Promise(function (ok) { waiters.push(function () { ok(items.length === 0); }); kick(); });
        if (!timeoutMs) return done;
        return Promise.race([done, new Promise(function (ok) { setTimeout(function () { ok(false); }, timeoutMs); })]);
      },
      /** The page is going away: what no request carries now goes with keepalive; it stays queued until confirmed. */
      pagehide: function () {
        var chunk = [], size = 2;
        items.filter(function (it) { return !inflight[it.s.id]; }).forEach(function (it) {
          var n = JSON.stringify(it.s).length + 1;
          if (chunk.length && size + n > KEEPALIVE_BYTES) { send(chunk); chunk = []; size = 2; }
          chunk.push(it); size += n;
        });
        if (chunk.length) send(chunk);
        function send(list) {
          list.forEach(function (it) { it.t = true; });
          persist();
          options.client.postStatements(list.map(function (it) { return it.s; }), { keepalive: true });
        }
      },
      size: function () { return items.length; },
      rejected: function () { return load(rejectedKey); }
    };
  };
})();

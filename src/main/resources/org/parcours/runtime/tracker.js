/*
 * STAND-IN of the player's tracker (docs/runtime.md), only so that the xapi branch's adapters can be exercised
 * before the player lands in main. Not to be merged: on `git merge main` the player's tracker.js replaces it.
 * It forwards every call to the adapter named in the course data, as the contract says the real one does.
 */
(function () {
  "use strict";
  var P = (window.Parcours = window.Parcours || {});
  P.adapters = P.adapters || {};
  var data = JSON.parse(document.getElementById("parcours-data").textContent);
  var adapter = null;
  function get() {
    if (!adapter) adapter = P.adapters[data.adapter](data);
    return adapter;
  }
  var tracker = {};
  ["start", "save", "bookmark", "progress", "experienced", "answer", "score", "complete", "finish", "pagehide"]
    .forEach(function (name) {
      tracker[name] = function () { var a = get(); return Promise.resolve(a[name].apply(a, arguments)); };
    });
  P.tracker = tracker;
  P.data = data;
  window.addEventListener("pagehide", function () { if (adapter) adapter.pagehide(); });
})();

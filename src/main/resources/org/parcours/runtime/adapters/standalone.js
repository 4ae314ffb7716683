/*
 * The standalone adapter: no LMS, the learner state lives in the browser's localStorage under a key made of the
 * course IRI, so two courses never share a state and a new version of the same course resumes the old one.
 * Other adapters may reuse it as their fallback when no LMS answers: Parcours.adapters.standalone(data).
 */
(function () {
  "use strict";
  var P = (window.Parcours = window.Parcours || {});
  P.adapters = P.adapters || {};

  /** localStorage, or null where the browser refuses it (private modes, file:// in some browsers, quotas). */
  function storage() {
    try {
      var s = window.localStorage;
      s.setItem("parcours:probe", "1");
      s.removeItem("parcours:probe");
      return s;
    } catch (e) {
      return null;
    }
  }

  P.adapters.standalone = function (data) {
    var key = "parcours:" + data.course.id;
    var store = storage();

    function read() {
      if (!store) return null;
      try {
        var raw = store.getItem(key);
        return raw ? JSON.parse(raw) : null;
      } catch (e) {
        return null;
      }
    }

    return {
      exit: false,
      start: function () {
        return { state: read(), mode: "normal", notice: store ? "" : P.i18n.t("noStorage") };
      },
      save: function (state) {
        if (store) store.setItem(key, JSON.stringify(state));
      },
      // The state saved above already holds the place, the progress and the quiz results: nothing else to send.
      bookmark: function () {},
      progress: function () {},
      experienced: function () {},
      answer: function () {},
      score: function () {},
      complete: function () {},
      finish: function () {},
      pagehide: function () {}
    };
  };
})();

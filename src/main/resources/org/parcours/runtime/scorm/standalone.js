/*
 * A SCORM package run without an LMS (opened from a disk, a web server, or an LMS that refuses to start): the
 * learner's state stays in this browser, under the standalone adapter's key (docs/runtime.md), and a notice says
 * why. Shared by the SCORM adapters: they hand every call over to S.standalone(data, why).
 */
(function () {
  "use strict";
  var P = (window.Parcours = window.Parcours || {});
  var S = (P.scorm = P.scorm || {});

  var NOTICE = {
    fr: "Aucune plateforme de formation n’a été trouvée : le cours fonctionne seul et votre progression n’est "
      + "enregistrée que dans ce navigateur.",
    en: "No learning platform was found: the course runs on its own and your progress is saved in this browser only."
  };

  function notice(data) {
    try {
      return P.i18n.t("noLms");
    } catch (e) {
      return NOTICE[String(data.course.language || "en").slice(0, 2)] || NOTICE.en;
    }
  }

  /**
   * The learner state in this browser's localStorage, under the key the standalone adapter uses (docs/runtime.md),
   * for packages that ship only this adapter; null where the browser refuses storage.
   */
  function localState(data) {
    var key = "parcours:" + data.course.id, store = null;
    try {
      store = window.localStorage;
      store.setItem("parcours:probe", "1");
      store.removeItem("parcours:probe");
    } catch (e) {
      store = null;
    }
    return {
      start: function () {
        var state = null;
        try {
          state = store && store.getItem(key) ? JSON.parse(store.getItem(key)) : null;
        } catch (e) {
          state = null;
        }
        return { state: state, mode: "normal" };
      },
      save: function (state) {
        try {
          if (store) store.setItem(key, JSON.stringify(state));
        } catch (e) {
          // a full or refused storage: the course goes on, unsaved
        }
      }
    };
  }

  /**
   * Standalone mode: the standalone adapter when the page loaded it, else the state in localStorage, with the notice
   * that says why the LMS is not used. A page of the course (an asset in the manifest) is standalone by design: no
   * notice then.
   */
  S.standalone = function (data, why) {
    var inner = P.adapters && P.adapters.standalone ? P.adapters.standalone(data) : localState(data);
    var silent = function () {};
    var fallback = {
      exit: false,
      start: function () {
        return Promise.resolve(inner.start()).then(function (r) {
          r = r || {};
          return { state: r.state || null, mode: "normal", notice: why === "asset" ? r.notice || "" : notice(data) };
        });
      }
    };
    ["save", "bookmark", "progress", "experienced", "answer", "score", "complete", "finish", "pagehide"].forEach(function (m) {
      fallback[m] = typeof inner[m] === "function" ? inner[m].bind(inner) : silent;
    });
    return fallback;
  };
})();

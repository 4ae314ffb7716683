/*
 * Launch-time helpers shared by the xapi and cmi5 adapters: the query string, the actor (with the legacy array
 * forms some LMSs still send), notices in the course language, and localStorage keys.
 */
(function () {
  "use strict";
  var X = ((window.Parcours = window.Parcours || {}).xapi = window.Parcours.xapi || {});

  X.query = function (search) {
    var out = {};
    String(search || "").replace(/^\?/, "").split("&").forEach(function (pair) {
      if (!pair) return;
      var i = pair.indexOf("=");
      var k = decodeURIComponent((i < 0 ? pair : pair.slice(0, i)).replace(/\+/g, " "));
      var v = i < 0 ? "" : decodeURIComponent(pair.slice(i + 1).replace(/\+/g, " "));
      if (!(k in out)) out[k] = v;
    });
    return out;
  };

  /**
   * The TinCan launch actor as an xAPI Agent. Early LMSs (and Rustici's launch document) send every property as
   * an array — {"name":["Ann"],"mbox":["mailto:ann@x.org"]}, {"account":[{"accountServiceHomePage":…,
   * "accountName":…}]} — and sometimes a bare address as mbox. xAPI wants one inverse functional identifier.
   */
  X.agent = function (raw) {
    var a = typeof raw === "string" ? JSON.parse(raw) : raw;
    function one(v) { return Array.isArray(v) ? v[0] : v; }
    var out = { objectType: one(a.objectType) === "Group" ? "Group" : "Agent" };
    if (a.name != null) out.name = String(one(a.name));
    if (a.mbox != null) {
      var m = String(one(a.mbox));
      out.mbox = /^mailto:/i.test(m) ? m : "mailto:" + m;
    } else if (a.mbox_sha1sum != null) out.mbox_sha1sum = String(one(a.mbox_sha1sum));
    else if (a.openid != null) out.openid = String(one(a.openid));
    else if (a.account != null) {
      var acc = one(a.account);
      out.account = { homePage: acc.homePage || acc.accountServiceHomePage, name: String(acc.name != null ? acc.name : acc.accountName) };
    } else throw new Error("the launch actor has no identifier");
    return out;
  };

  var NOTICES = {
    fr: {
      standalone: "Aucune plateforme de suivi n’a été trouvée : votre progression est enregistrée sur cet appareil seulement.",
      expired: "Ce lancement n’est plus valable : fermez cette fenêtre et relancez le cours depuis votre plateforme. En attendant, votre progression est enregistrée sur cet appareil seulement.",
      unreachable: "La plateforme de suivi ne répond pas : votre progression est enregistrée sur cet appareil seulement.",
      rejected: "La plateforme de suivi a refusé une partie des données de suivi. Signalez-le à votre formateur."
    },
    en: {
      standalone: "No tracking platform was found: your progress is saved on this device only.",
      expired: "This launch is no longer valid: close this window and launch the course again from your platform. Until then, your progress is saved on this device only.",
      unreachable: "The tracking platform does not answer: your progress is saved on this device only.",
      rejected: "The tracking platform refused part of the tracking data. Please tell your trainer."
    }
  };
  X.notice = function (lang, key) {
    return (NOTICES[String(lang).slice(0, 2)] || NOTICES.en)[key];
  };

  /**
   * What the outbox reports (a statement the LRS refused, kept in parcours.outbox-rejected.<registration>): a
   * console warning for whoever debugs the launch, and the adapter's onNotice(text) if the player set one.
   */
  X.reporter = function (lang, adapter) {
    return function (problem) {
      if (window.console) console.warn("parcours: the LRS did not take a statement", problem);
      if (problem.status >= 400 && typeof adapter.onNotice === "function") adapter.onNotice(X.notice(lang, "rejected"));
    };
  };

  /** The adapter's config is the course data (docs/runtime.md), given directly or as {data}. */
  X.courseData = function (config) {
    if (config && config.course) return config;
    if (config && config.data && config.data.course) return config.data;
    return JSON.parse(document.getElementById("parcours-data").textContent);
  };

  X.unit = function (data, ref) {
    var id = ref && typeof ref === "object" ? ref.id : ref;
    var found = (data.units || []).filter(function (u) { return u.id === id; })[0];
    return found || (ref && typeof ref === "object" && ref.iri ? ref : null);
  };
})();

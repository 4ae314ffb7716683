/*
 * A small client of an LRS's xAPI 1.0.3 resources: statements, activity state, agent profile. Every request
 * carries X-Experience-API-Version and the Authorization header exactly as the launch gave it. It never throws
 * for HTTP or network failures: it resolves {status (0 = network error), json, text} and lets the caller decide.
 */
(function () {
  "use strict";
  var X = ((window.Parcours = window.Parcours || {}).xapi = window.Parcours.xapi || {});

  X.Client = function (endpoint, auth) {
    var base = endpoint.replace(/\/?$/, "/");

    function url(resource, params) {
      var q = Object.keys(params || {}).filter(function (k) { return params[k] != null; })
        .map(function (k) { return encodeURIComponent(k) + "=" + encodeURIComponent(params[k]); }).join("&");
      return base + resource + (q ? "?" + q : "");
    }

    async function request(method, resource, params, body, extra) {
      var headers = { "X-Experience-API-Version": "1.0.3" };
      if (auth) headers.Authorization = auth; // Communication §4: used verbatim, whatever its scheme
      if (body !== undefined) headers["Content-Type"] = "application/json";
      try {
        var res = await fetch(url(resource, params), {
          method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body),
          keepalive: !!(extra && extra.keepalive), credentials: "omit", cache: "no-store"
        });
        var text = await res.text();
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        return { status: res.status, json: json, text: text };
      } catch (e) {
        return { status: 0, json: null, text: String(e) };
      }
    }

    return {
      postStatements: function (list, extra) { return request("POST", "statements", null, list, extra); },
      putStatement: function (st, extra) { return request("PUT", "statements", { statementId: st.id }, st, extra); },
      getState: function (activityId, agent, registration, stateId) {
        return request("GET", "activities/state", { activityId: activityId, agent: agent, registration: registration, stateId: stateId });
      },
      putState: function (activityId, agent, registration, stateId, doc, extra) {
        return request("PUT", "activities/state", { activityId: activityId, agent: agent, registration: registration, stateId: stateId }, doc, extra);
      },
      getAgentProfile: function (agent, profileId) {
        return request("GET", "agents/profile", { agent: agent, profileId: profileId });
      }
    };
  };
})();

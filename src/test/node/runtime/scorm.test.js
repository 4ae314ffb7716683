// runtime/scorm/: API discovery (bounded, both dialects), the connection's error checks and commits, and the
// suspend-data codec, under Node with plain objects standing for frames and for the LMS.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
globalThis.window = globalThis;
const RUNTIME = path.join(__dirname, "../../../main/resources/org/parcours/runtime/");
require(RUNTIME + "scorm/api.js");
require(RUNTIME + "scorm/suspend-data.js");
const S = globalThis.Parcours.scorm;

/** A chain of frames, the top one first; `api` sits in the frame at index `at`. */
function frames(depth, at, dialect, api) {
  const chain = [];
  for (let i = 0; i < depth; i++) chain.push({});
  chain.forEach((w, i) => { w.parent = i === 0 ? w : chain[i - 1]; });
  if (at >= 0) chain[at][dialect.object] = api;
  return chain[chain.length - 1];
}

function lms(overrides) {
  const calls = [];
  const api = { LMSInitialize: () => "true", LMSFinish: () => "true", LMSGetValue: () => "", LMSSetValue: () => "true",
    LMSCommit: () => "true", LMSGetLastError: () => "0", LMSGetErrorString: () => "", LMSGetDiagnostic: () => "" };
  Object.assign(api, overrides || {});
  Object.keys(api).forEach((k) => { const f = api[k]; api[k] = (...a) => { calls.push([k, ...a]); return f(...a); }; });
  return { api, calls };
}

test("the SCORM 1.2 API is found in a parent frame up to seven levels up, not beyond", () => {
  const api = lms().api;
  assert.equal(S.discover(S.V12, frames(8, 0, S.V12, api)), api);
  assert.equal(S.discover(S.V12, frames(9, 0, S.V12, api)), null);
});

test("the SCORM 2004 API_1484_11 is found with the same walk, and a SCORM 1.2 API does not stand for it", () => {
  const api = { Initialize: () => "true" };
  assert.equal(S.discover(S.V2004, frames(20, 3, S.V2004, api)), api);
  assert.equal(S.discover(S.V2004, frames(5, 0, S.V12, lms().api)), null);
});

test("the opener's frames are searched when the course runs in a window of its own", () => {
  const api = lms().api;
  const win = frames(1, -1, S.V12);
  win.opener = frames(3, 0, S.V12, api);
  assert.equal(S.discover(S.V12, win), api);
});

test("a frame that refuses to be read counts as not there, and the search ends", () => {
  const win = {};
  Object.defineProperty(win, "parent", { get() { throw new Error("SecurityError"); } });
  assert.equal(S.discover(S.V12, win), null);
});

test("the connection sends only changed values, commits once per burst and logs LMS errors", async () => {
  let last = "";
  const { api, calls } = lms({ LMSSetValue: (e) => { last = e; return e === "cmi.bad" ? "false" : "true"; },
    LMSGetLastError: () => (last === "cmi.bad" ? "405" : "0") });
  const c = S.connection(api, S.V12);
  assert.equal(c.initialize(), true);
  c.set("cmi.core.lesson_location", "a");
  c.set("cmi.core.lesson_location", "a");
  c.set("cmi.bad", "x");
  last = "";
  c.save("now");
  c.save("now");
  await Promise.resolve();
  assert.equal(calls.filter((x) => x[0] === "LMSSetValue").length, 2);
  assert.equal(calls.filter((x) => x[0] === "LMSCommit").length, 1);
  assert.equal(c.errors.length, 1);
  assert.equal(c.errors[0].code, "405");
  c.save("now");
  await Promise.resolve();
  assert.equal(calls.filter((x) => x[0] === "LMSCommit").length, 1, "nothing changed: no commit");
  c.terminate();
  c.terminate();
  assert.equal(calls.filter((x) => x[0] === "LMSFinish").length, 1);
  assert.equal(c.set("cmi.core.exit", ""), false, "nothing is set after LMSFinish");
});

test("the suspend-data codec gives back exactly the State it was given", () => {
  const C = S.suspendData;
  const ids = ["intro", "p1", "l1", "l2", "quiz1", "q1", "q2", "q3"];
  const state = { v: 1, loc: "l2", done: ["intro", "l1"], quiz: { quiz1: { n: 2, best: 85, passed: true,
    drawn: ["q1", "q3"], answers: { q1: [0, 2], q3: "l’élu « local »" }, submitted: true } } };
  const text = C.encode(state, C.refTable(ids));
  assert.ok(/^[\x20-\x7e]+$/.test(text), text);
  assert.deepEqual(C.decode(text, ids), state);
});

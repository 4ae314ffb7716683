'use strict';
/*
 * The AU-side rules of cmi5 (AICC/ADL cmi5 specification, "quartz" edition) that an LMS checks on every request
 * an AU makes, each failure named by its requirement id as the cmi5 conformance suite (CATAPULT) numbers them.
 * Written from the specification text for Parcours' tests; the LMS keeps one `session` and one `registration`
 * record per launch and passes them in.
 */
const CAT_CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const CAT_MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const EXT_SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const EXT_MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const V = (v) => 'http://adlnet.gov/expapi/verbs/' + v;
const [INITIALIZED, COMPLETED, PASSED, FAILED, TERMINATED] = ['initialized', 'completed', 'passed', 'failed', 'terminated'].map(V);
const LMS_ONLY = ['launched', 'abandoned', 'waived', 'satisfied'].map((v) => 'https://w3id.org/xapi/adl/verbs/' + v);

class Violation extends Error {
  constructor(req, text) {
    super(req + ': ' + text);
    this.req = req;
    this.text = text;
  }
}
const fail = (req, text) => { throw new Violation(req, text); };

const canonical = (v) => JSON.stringify(v, (k, x) => (x && typeof x === 'object' && !Array.isArray(x)
  ? Object.keys(x).sort().reduce((o, key) => { o[key] = x[key]; return o; }, {}) : x));
const has = (list, id) => Array.isArray(list) && list.some((a) => a && a.id === id);

/** Context template (§10.2.1): everything in it must be in the statement's context, unchanged. */
function followsTemplate(ctx, tpl) {
  for (const [k, ids] of Object.entries(tpl.contextActivities || {})) {
    const got = (ctx.contextActivities || {})[k] || [];
    ids.forEach((a, i) => { if (!got[i] || got[i].id !== a.id) fail('10.2.1.0-6', `contextActivities.${k}[${i}] differs from the template`); });
  }
  for (const [k, v] of Object.entries(tpl.extensions || {})) {
    if (canonical((ctx.extensions || {})[k]) !== canonical(v)) fail('10.2.1.0-6', `extension ${k} differs from the template`);
  }
}

/**
 * Checks one statement sent in `session` (launch record: actor, registration, activityId, contextTemplate,
 * launchMode, masteryScore, prefsRead, verbs[], initialized, terminated) of `reg` (completed, passed). Throws
 * a Violation; on success updates the records.
 */
function check(st, session, reg) {
  if (!session.prefsRead) fail('11.0.0.0-3', 'statement sent before the learner preferences were read');
  if (!st.id) fail('9.1.0.0-1', 'statement without id');
  if (!st.timestamp) fail('9.7.0.0-1', 'statement without timestamp');
  if (!/(Z|\+00:?(00)?)$/.test(st.timestamp)) fail('9.7.0.0-2', 'timestamp not in UTC: ' + st.timestamp);
  if (canonical(st.actor) !== canonical(session.actor)) fail('9.2.0.0-1', 'actor differs from the launch actor');
  const ctx = st.context;
  if (!ctx) fail('9.6.0.0-1', 'statement without context');
  if (!ctx.contextActivities) fail('10.2.1.0-6', 'context without contextActivities');
  followsTemplate(ctx, session.contextTemplate);
  if (ctx.registration !== session.registration) fail('9.6.1.0-1', 'registration missing or not the launch registration');
  if (!ctx.extensions || !ctx.extensions[EXT_SESSION]) fail('9.6.3.1-4', 'no session id extension');
  const verb = st.verb && st.verb.id;
  const category = ctx.contextActivities.category;
  const isDefined = has(category, CAT_CMI5);
  if (has(category, CAT_MOVEON) && !(isDefined && [COMPLETED, PASSED, FAILED].includes(verb))) {
    fail('9.6.2.2-2', 'moveOn category on a statement other than a cmi5-defined completed/passed/failed');
  }
  if (!session.initialized && verb !== INITIALIZED) fail('9.3.0.0-4', 'statement before initialized');
  if (session.terminated) fail('9.3.0.0-5', 'statement after terminated');
  if (LMS_ONLY.includes(verb)) fail('9.3.0.0-1', verb + ' is sent by the LMS, never by the AU');
  if (!isDefined) return; // cmi5 allowed: the checks above are all that applies
  if (st.actor.objectType !== undefined && st.actor.objectType !== 'Agent') fail('9.2.0.0-2', 'actor is not an Agent');
  if (!st.actor.account || !st.actor.account.name || !st.actor.account.homePage) fail('9.2.0.0-3', 'actor has no account');
  if (!st.object || !st.object.id) fail('9.4.0.0-1', 'no object id');
  if (st.object.id !== session.activityId) fail('8.1.5.0-6', 'object is not the launch activityId');
  const judging = [COMPLETED, PASSED, FAILED].includes(verb);
  if (judging && session.launchMode === 'Browse') fail('10.2.2.0-2', 'completed/passed/failed in Browse mode');
  if (judging && session.launchMode === 'Review') fail('10.2.2.0-3', 'completed/passed/failed in Review mode');
  const r = st.result;
  if (!r) {
    if (verb === COMPLETED) fail('9.5.3.0-1', 'completed without result.completion');
    if (verb === PASSED) fail('9.5.2.0-1', 'passed without result.success');
    if (verb === FAILED) fail('9.5.2.0-2', 'failed without result.success');
    if (verb === TERMINATED) fail('9.5.4.1-1', 'terminated without duration');
  } else {
    if (r.completion !== undefined && verb !== COMPLETED) fail('9.5.3.0-2', 'completion on a statement other than completed');
    if (verb === COMPLETED && r.completion !== true) fail('9.5.3.0-1', 'completed without completion true');
    if (r.success !== undefined && verb !== PASSED && verb !== FAILED) fail('9.5.2.0-3', 'success on a statement other than passed/failed');
    if (verb === PASSED && r.success !== true) fail('9.5.2.0-1', 'passed without success true');
    if (verb === FAILED && r.success !== false) fail('9.5.2.0-2', 'failed without success false');
    if ((r.completion !== undefined || r.success !== undefined) && !has(category, CAT_MOVEON)) fail('9.6.2.2-1', 'no moveOn category');
    if (r.score) {
      if (verb !== PASSED && verb !== FAILED) fail('9.5.1.0-2', 'score on a statement other than passed/failed');
      if (r.score.raw !== undefined && (r.score.min === undefined || r.score.max === undefined)) fail('9.5.1.0-3', 'raw score without min and max');
      if (typeof session.masteryScore === 'number' && (ctx.extensions || {})[EXT_MASTERY] !== session.masteryScore) {
        fail('9.6.3.2-2', `masteryscore extension ${(ctx.extensions || {})[EXT_MASTERY]} is not the launch data's ${session.masteryScore}`);
      }
    }
    if (r.duration === undefined) {
      const req = { [TERMINATED]: '9.5.4.1-1', [COMPLETED]: '9.5.4.1-2', [PASSED]: '9.5.4.1-3', [FAILED]: '9.5.4.1-4' }[verb];
      if (req) fail(req, 'no duration');
    }
  }
  const scaled = r && r.score && r.score.scaled;
  const ms = session.masteryScore;
  switch (verb) {
    case INITIALIZED:
      if (session.initialized) fail('9.3.0.0-2', 'initialized twice in a session');
      session.initialized = true;
      break;
    case TERMINATED:
      session.terminated = true;
      break;
    case COMPLETED:
      if (session.verbs.includes(COMPLETED)) fail('9.3.0.0-2', 'completed twice in a session');
      if (reg.completed) fail('9.3.0.0-6', 'completed again in the registration');
      reg.completed = true;
      break;
    case PASSED:
      if (typeof ms === 'number' && typeof scaled === 'number' && scaled < ms) fail('9.3.4.0-2', `passed with ${scaled} < masteryScore ${ms}`);
      if (session.verbs.includes(PASSED)) fail('9.3.0.0-2', 'passed twice in a session');
      if (session.verbs.includes(FAILED)) fail('9.3.0.0-3', 'passed and failed in one session');
      if (reg.passed) fail('9.3.0.0-7', 'passed again in the registration');
      reg.passed = true;
      break;
    case FAILED:
      if (typeof ms === 'number' && typeof scaled === 'number' && scaled >= ms) fail('9.3.6.0-1', `failed with ${scaled} >= masteryScore ${ms}`);
      if (session.verbs.includes(FAILED)) fail('9.3.0.0-2', 'failed twice in a session');
      if (session.verbs.includes(PASSED)) fail('9.3.0.0-3', 'passed and failed in one session');
      if (reg.passed) fail('9.3.0.0-8', 'failed after passed in the registration');
      break;
    default:
      fail('9.3.0.0-1', 'not a verb an AU may send as cmi5-defined: ' + verb);
  }
  session.verbs.push(verb);
}

module.exports = { check, Violation, canonical, EXT_SESSION };

'use strict';
/*
 * A small LRS and LMS launcher for Parcours' browser tests, on 127.0.0.1 only. It serves a package's files under
 * /content/, the xAPI resources under /xapi/ (statements, activity state, agent profile), the cmi5 fetch URL under
 * /fetch/. Every statement is judged by Learning Locker's @learninglocker/xapi-validation (any warning: 400, as an
 * LRS rejects an invalid statement) and, in a cmi5 launch, by the cmi5 rules (cmi5-rules.js: 403 with the
 * requirement id). Tests steer it through /_admin/ (launches, injected faults, the report).
 *   node lrs.js CONTENT_DIR [MAX_SECONDS]    prints {"port": N} then serves until /_admin/stop or MAX_SECONDS.
 */
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const validate = require('@learninglocker/xapi-validation').default;
const rules = require('./cmi5-rules.js');

const contentDir = path.resolve(process.argv[2] || '.');
const maxSeconds = Number(process.argv[3] || 600);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.xml': 'application/xml', '.json': 'application/json',
  '.vtt': 'text/vtt', '.mp4': 'video/mp4', '.mp3': 'audio/mpeg', '.pdf': 'application/pdf', '.woff2': 'font/woff2' };

const statements = new Map();      // id -> statement, in arrival order
const states = new Map();          // canonical key -> {body, type}
const profiles = new Map();        // canonical key -> {body, type}
const tokens = new Map();          // Authorization header -> {kind, session}
const fetches = new Map();         // fetch code -> {token, used, posts, gets, session}
const registrations = new Map();   // registration+activityId -> {completed, passed}
const report = { warnings: [], violations: [], stateWrites: [], requests: { statements: 0, state: 0, profile: 0, fetch: 0 }, answered: {} };
let fault = null;                  // {status, remaining}
let base = '';

const agentKey = (text) => { try { return rules.canonical(JSON.parse(text)); } catch (e) { return null; } };
const stateKey = (q) => JSON.stringify([q.activityId, agentKey(q.agent), q.registration || '', q.stateId]);

function send(res, status, body, type) {
  report.answered[status] = (report.answered[status] || 0) + 1;
  const data = body === undefined ? '' : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': type || 'application/json', 'X-Experience-API-Version': '1.0.3',
    'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
    'Access-Control-Allow-Methods': 'GET, PUT, POST, DELETE, OPTIONS', 'Cache-Control': 'no-store' });
  res.end(data);
}

function readBody(req) {
  return new Promise((ok) => { const parts = []; req.on('data', (c) => parts.push(c)); req.on('end', () => ok(Buffer.concat(parts).toString('utf8'))); });
}

function launch(spec) {
  const registration = spec.registration || crypto.randomUUID();
  const actor = spec.actor || { objectType: 'Agent', account: { homePage: 'http://127.0.0.1/lms', name: 'learner-1' }, name: 'Learner One' };
  if (spec.kind === 'xapi') {
    const auth = 'Basic ' + Buffer.from('parcours:' + crypto.randomBytes(8).toString('hex')).toString('base64');
    tokens.set(auth, { kind: 'xapi' });
    const q = new URLSearchParams({ endpoint: base + '/xapi/', auth, actor: JSON.stringify(spec.launchActor || actor), registration });
    if (spec.activityId) q.set('activity_id', spec.activityId);
    return { query: q.toString(), registration, auth };
  }
  // cmi5 §8.1: the LMS makes the activityId (not the publisher's id), a session and a one-time fetch URL.
  const activityId = base + '/activities/' + crypto.createHash('sha1').update(spec.publisherId).digest('hex');
  const sessionId = crypto.randomUUID();
  const contextTemplate = { contextActivities: { grouping: [{ objectType: 'Activity', id: spec.publisherId }] },
    extensions: { [rules.EXT_SESSION]: sessionId } };
  const launchData = { contextTemplate, launchMode: spec.launchMode || 'Normal', moveOn: spec.moveOn || 'Completed',
    returnURL: base + '/returned.html' };
  if (typeof spec.masteryScore === 'number') launchData.masteryScore = spec.masteryScore;
  const agentText = JSON.stringify(actor);
  states.set(stateKey({ activityId, agent: agentText, registration, stateId: 'LMS.LaunchData' }), { body: JSON.stringify(launchData), type: 'application/json' });
  profiles.set(JSON.stringify([agentKey(agentText), 'cmi5LearnerPreferences']),
    { body: JSON.stringify({ languagePreference: 'fr-FR,en-US', audioPreference: 'on' }), type: 'application/json' });
  const token = crypto.randomBytes(16).toString('hex');
  const session = { actor, registration, activityId, contextTemplate, launchMode: launchData.launchMode,
    masteryScore: launchData.masteryScore, prefsRead: false, initialized: false, terminated: false, verbs: [], sessionId };
  tokens.set('Basic ' + token, { kind: 'cmi5', session });
  const code = crypto.randomBytes(8).toString('hex');
  fetches.set(code, { token, used: false, posts: 0, gets: 0, session });
  const q = new URLSearchParams({ endpoint: base + '/xapi/', fetch: base + '/fetch/' + code, actor: agentText, registration, activityId });
  return { query: q.toString(), registration, activityId, sessionId, fetchCode: code };
}

function regRecord(session) {
  const k = session.registration + ' ' + session.activityId;
  if (!registrations.has(k)) registrations.set(k, { completed: false, passed: false });
  return registrations.get(k);
}

function violation(req, text, sessionId) {
  report.violations.push({ req, text, sessionId });
}

async function statementsResource(req, res, url, who) {
  report.requests.statements++;
  if (req.method === 'GET') {
    const id = url.searchParams.get('statementId');
    if (id) return statements.has(id) ? send(res, 200, statements.get(id)) : send(res, 404, { message: 'no such statement' });
    return send(res, 200, { statements: [...statements.values()], more: '' });
  }
  if (req.method !== 'POST' && req.method !== 'PUT') return send(res, 405, { message: 'method' });
  const text = await readBody(req);
  // an injected fault; "lostAnswer" stores the statements, then answers 500 as if the answer got lost on the way
  const lost = fault && fault.remaining > 0 && fault.lostAnswer;
  if (fault && fault.remaining > 0 && !lost) { fault.remaining--; return send(res, fault.status, { message: 'injected fault' }); }
  let body;
  try { body = JSON.parse(text); } catch (e) { return send(res, 400, { message: 'not JSON' }); }
  const list = Array.isArray(body) ? body : [body];
  if (req.method === 'PUT' && (list.length !== 1 || list[0].id !== url.searchParams.get('statementId'))) return send(res, 400, { message: 'statementId' });
  for (const st of list) {
    const warnings = validate(st);
    if (warnings.length) {
      report.warnings.push({ id: st.id, verb: st.verb && st.verb.id, warnings: warnings.map((w) => ({ type: w.constructor.name, path: (w.path || []).join('.'), data: w.data })) });
      return send(res, 400, { message: 'invalid statement', warnings: warnings.map((w) => w.constructor.name) });
    }
    if (statements.has(st.id)) return send(res, 409, { message: 'statement id already stored: ' + st.id });
  }
  if (new Set(list.map((s) => s.id)).size !== list.length) return send(res, 400, { message: 'duplicate ids in batch' });
  if (who.kind === 'cmi5') {
    // judged on copies: a batch is stored whole or not at all
    const session = structuredClone(who.session);
    const reg = structuredClone(regRecord(who.session));
    try {
      list.forEach((st) => rules.check(st, session, reg));
    } catch (e) {
      if (!(e instanceof rules.Violation)) throw e;
      violation(e.req, e.text, session.sessionId);
      return send(res, 403, { message: e.message });
    }
    Object.assign(who.session, session);
    Object.assign(regRecord(who.session), reg);
  }
  const stored = new Date().toISOString();
  list.forEach((st) => statements.set(st.id, Object.assign({}, st, { stored, version: '1.0.3' })));
  if (lost) { fault.remaining--; return send(res, 500, { message: 'injected fault after storing' }); }
  return req.method === 'PUT' ? send(res, 204) : send(res, 200, list.map((s) => s.id));
}

async function documentResource(req, res, url, who, map, key, kind) {
  report.requests[kind]++;
  const q = Object.fromEntries(url.searchParams);
  if (!q.agent || agentKey(q.agent) === null) return send(res, 400, { message: 'agent parameter missing or not JSON' });
  if (who.kind === 'cmi5' && agentKey(q.agent) !== rules.canonical(who.session.actor)) violation('9.2.0.0-1', kind + ' request for another agent', who.session.sessionId);
  if (kind === 'state' && who.kind === 'cmi5' && q.registration && q.registration !== who.session.registration) violation('9.6.1.0-1', 'state request for another registration', who.session.sessionId);
  if (req.method === 'GET') {
    if (kind === 'profile' && q.profileId === 'cmi5LearnerPreferences' && who.kind === 'cmi5') who.session.prefsRead = true;
    const doc = map.get(key);
    return doc ? send(res, 200, doc.body, doc.type) : send(res, 404, { message: 'no document' });
  }
  if (req.method === 'PUT' || req.method === 'POST') {
    if (q.stateId === 'LMS.LaunchData') { violation('10.2.1.0-5', 'the AU wrote LMS.LaunchData', who.session && who.session.sessionId); return send(res, 403, { message: 'read only' }); }
    if (q.profileId === 'cmi5LearnerPreferences') return send(res, 403, { message: 'read only' });
    const body = await readBody(req);
    map.set(key, { body, type: req.headers['content-type'] || 'application/octet-stream' });
    if (kind === 'state') report.stateWrites.push({ stateId: q.stateId, registration: q.registration, statementsBefore: statements.size, body: JSON.parse(body) });
    return send(res, 204);
  }
  if (req.method === 'DELETE') { map.delete(key); return send(res, 204); }
  return send(res, 405, { message: 'method' });
}

async function xapi(req, res, url) {
  if (req.headers['x-experience-api-version'] !== '1.0.3') return send(res, 400, { message: 'X-Experience-API-Version 1.0.3 required' });
  const who = tokens.get(req.headers.authorization || '');
  if (!who) return send(res, 401, { message: 'unknown credentials' });
  const resource = url.pathname.slice('/xapi/'.length);
  if (resource === 'statements') return statementsResource(req, res, url, who);
  if (resource === 'activities/state') return documentResource(req, res, url, who, states, stateKey(Object.fromEntries(url.searchParams)), 'state');
  if (resource === 'agents/profile') {
    return documentResource(req, res, url, who, profiles, JSON.stringify([agentKey(url.searchParams.get('agent')), url.searchParams.get('profileId')]), 'profile');
  }
  return send(res, 404, { message: 'no such resource' });
}

function fetchUrl(req, res, url) {
  report.requests.fetch++;
  const f = fetches.get(url.pathname.slice('/fetch/'.length));
  if (!f) return send(res, 404, { message: 'no such fetch URL' });
  if (req.method !== 'POST') { f.gets++; violation('8.2 (POST only)', 'the fetch URL was called with ' + req.method, f.session.sessionId); return send(res, 405, { message: 'POST only' }); }
  f.posts++;
  if (f.used) {
    if (f.posts > 1 && !f.consumedByTest) violation('8.2 (one fetch per launch)', 'the AU called the fetch URL more than once', f.session.sessionId);
    // §8.2.3: a second call answers error 1 and no token
    return send(res, 200, { 'error-code': '1', 'error-text': 'The fetch URL has already been used' });
  }
  f.used = true;
  return send(res, 200, { 'auth-token': f.token });
}

function content(req, res, url) {
  const rel = decodeURIComponent(url.pathname.slice('/content/'.length));
  const file = path.resolve(contentDir, rel);
  if (!file.startsWith(contentDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'not found', 'text/plain');
  return send(res, 200, fs.readFileSync(file), TYPES[path.extname(file)] || 'application/octet-stream');
}

async function admin(req, res, url) {
  const body = req.method === 'POST' ? JSON.parse((await readBody(req)) || '{}') : {};
  switch (url.pathname) {
    case '/_admin/launch': return send(res, 200, launch(body));
    case '/_admin/fault': fault = { status: body.status, remaining: body.count, lostAnswer: !!body.lostAnswer }; return send(res, 200, fault);
    case '/_admin/consume-fetch': {
      const f = fetches.get(body.code);
      f.used = true; f.consumedByTest = true;
      return send(res, 200, {});
    }
    case '/_admin/report': {
      const sessions = [...tokens.values()].filter((t) => t.kind === 'cmi5').map((t) => t.session);
      return send(res, 200, Object.assign({}, report, { statements: [...statements.values()], sessions,
        fetches: [...fetches.values()].map((f) => ({ posts: f.posts, gets: f.gets, used: f.used })), fault }));
    }
    case '/_admin/stop': send(res, 200, {}); server.close(); setTimeout(() => process.exit(0), 50); return undefined;
    default: return send(res, 404, {});
  }
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, base);
  if (req.method === 'OPTIONS') return send(res, 204);
  const route = url.pathname.startsWith('/xapi/') ? xapi : url.pathname.startsWith('/fetch/') ? fetchUrl
    : url.pathname.startsWith('/content/') ? content : url.pathname.startsWith('/_admin/') ? admin
      : url.pathname === '/returned.html' ? (q, r) => send(r, 200, '<!DOCTYPE html><title>LMS</title><p>returned</p>', 'text/html') : null;
  if (!route) return send(res, 404, 'not found', 'text/plain');
  Promise.resolve(route(req, res, url)).catch((e) => { console.error(e); send(res, 500, { message: String(e) }); });
  return undefined;
});

server.listen(0, '127.0.0.1', () => {
  base = 'http://127.0.0.1:' + server.address().port;
  console.log(JSON.stringify({ port: server.address().port }));
});
// bounded: never outlives its test run
setTimeout(() => process.exit(0), maxSeconds * 1000).unref();
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

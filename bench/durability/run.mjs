// Crash durability: 1,000 concurrent acknowledged writes of three kinds — planning observations,
// signing off drafts, amending signed-off observations, each with its idempotency key — while the
// API is killed with SIGKILL part-way; then the API is started again on the same data and every
// write is sent again with the same key. Every write acknowledged before the kill must be there,
// none may be stored twice, and each retry of an acknowledged write must answer with what the
// first answer said. Prints the counts; exits 1 if any check fails.
//
//   npm run bench:durability          WRITES=1000 CONCURRENCY=20 KILL_AFTER=400 by default
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort, waitForHealth } from '../lib.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const WRITES = Number(process.env.WRITES ?? 1000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 20);
const KILL_AFTER = Number(process.env.KILL_AFTER ?? Math.round(WRITES * 0.4));
const DEMO_PASSWORD = 'ladder-demo-2026';
const PCA = 'somerset:ac.person-centred-approach';

const dataDir = mkdtempSync(join(tmpdir(), 'ladder-durability-'));
chmodSync(dataDir, 0o755);
const port = await freePort();
const pgPort = await freePort();
const base = `http://127.0.0.1:${port}`;

function startApi() {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      LADDER_DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'error',
      SWC_NODE_PROJECT: join(root, 'tsconfig.json'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

let cookie = '';
let csrf = '';
async function call(method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json', accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function signIn() {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  csrf = (await csrfResponse.json()).csrfToken;
  cookie = csrfResponse.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'supervisor.one@demo.ladder.test', password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status}`);
  cookie = [cookie, ...login.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
}

const today = new Date().toISOString().slice(0, 10);
const planBody = (workerId, idempotencyKey) => ({
  workerId,
  observedOn: today,
  setting: 'face-to-face',
  frameworkKey: 'somerset',
  frameworkVersion: 'current',
  itemIds: [PCA],
  idempotencyKey,
});

async function scoredDraft(workerId) {
  const planned = await call('POST', '/api/observations', planBody(workerId, randomUUID()));
  const saved = await call('PUT', `/api/observations/${planned.body.id}`, {
    revision: planned.body.revision,
    consentConfirmed: true,
    items: [{ itemId: PCA, score: 3 }],
  });
  if (saved.status !== 200) throw new Error(`could not score a draft: ${saved.status} ${JSON.stringify(saved.body)}`);
  return saved.body;
}

/** Runs every task, at most CONCURRENCY at a time, calling `onDone(task, answer or null)` for each. */
async function runAll(tasks, onDone) {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      await task.run().then(
        (answer) => onDone(task, answer),
        () => onDone(task, null),
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

let api = startApi();
let exitCode = 0;
try {
  await waitForHealth(`${base}/api/health`, api);
  await signIn();
  const overview = await call('GET', '/api/supervisees/overview');
  const workers = (overview.body.supervisees ?? overview.body).map((s) => s.workerId);

  // Set-up, not timed: drafts to sign off and signed-off observations to amend.
  const perKind = Math.floor(WRITES / 3);
  const drafts = [];
  const signedOff = [];
  for (let i = 0; i < perKind; i += 1) drafts.push(await scoredDraft(workers[i % workers.length]));
  for (let i = 0; i < WRITES - 2 * perKind; i += 1) {
    const draft = await scoredDraft(workers[i % workers.length]);
    const done = await call('POST', `/api/observations/${draft.id}/sign-off`, {
      revision: draft.revision,
      idempotencyKey: randomUUID(),
    });
    signedOff.push(done.body);
  }

  const writes = [
    ...Array.from({ length: perKind }, (_, i) => {
      const key = randomUUID();
      return { kind: 'plan', key, request: ['POST', '/api/observations', planBody(workers[i % workers.length], key)] };
    }),
    ...drafts.map((draft) => {
      const key = randomUUID();
      return {
        kind: 'sign-off',
        key,
        request: ['POST', `/api/observations/${draft.id}/sign-off`, { revision: draft.revision, idempotencyKey: key }],
      };
    }),
    ...signedOff.map((original) => {
      const key = randomUUID();
      return {
        kind: 'amend',
        key,
        request: [
          'POST',
          `/api/observations/${original.id}/amendments`,
          { reason: 'Score corrected', idempotencyKey: key, items: [{ itemId: PCA, score: 4 }] },
        ],
      };
    }),
  ].sort(() => Math.random() - 0.5);

  // The writes, with a SIGKILL of the API once KILL_AFTER of them are acknowledged.
  let acknowledged = 0;
  let killed = false;
  for (const write of writes) write.run = () => call(...write.request);
  await runAll(writes, (write, answer) => {
    write.first = answer && answer.status < 300 ? answer : null;
    write.firstStatus = answer?.status ?? 'no answer';
    if (write.first) acknowledged += 1;
    if (!killed && acknowledged >= KILL_AFTER) {
      killed = true;
      api.kill('SIGKILL');
    }
  });
  const acknowledgedBeforeKill = writes.filter((w) => w.first).length;
  const answeredOtherwise = writes.filter((w) => !w.first && w.firstStatus !== 'no answer').length;
  const noAnswer = writes.filter((w) => w.firstStatus === 'no answer').length;
  await new Promise((resolve) =>
    api.exitCode !== null || api.signalCode !== null ? resolve() : api.once('exit', resolve),
  );

  // Start again on the same data (the embedded PostgreSQL left running by the kill is stopped first).
  const restartStarted = performance.now();
  api = startApi();
  await waitForHealth(`${base}/api/health`, api);
  const restartSeconds = (performance.now() - restartStarted) / 1000;

  // Every write again, with its key: the same answer for the acknowledged ones, done for the rest.
  let retriesMatching = 0;
  let retriesDiffering = 0;
  let retriesFailing = 0;
  for (const write of writes) write.run = () => call(...write.request);
  await runAll(writes, (write, answer) => {
    if (!answer || answer.status >= 300) retriesFailing += 1;
    else if (write.first && answer.body.id !== write.first.body.id) retriesDiffering += 1;
    else if (write.first) retriesMatching += 1;
  });

  // What the database holds, read as its owner.
  const db = new pg.Client({ connectionString: `postgres://ladder:ladder-embedded@127.0.0.1:${pgPort}/ladder` });
  await db.connect();
  const stored = async (sql, keys) =>
    new Map((await db.query(sql, [keys])).rows.map((row) => [row.key, Number(row.n)]));
  const planned = await stored(
    `SELECT create_key::text AS key, count(*) AS n FROM observations WHERE create_key = ANY($1::uuid[]) GROUP BY 1`,
    writes.filter((w) => w.kind === 'plan').map((w) => w.key),
  );
  const keyed = await stored(
    `SELECT sign_off_key::text AS key, count(*) AS n FROM observations WHERE sign_off_key = ANY($1::uuid[]) GROUP BY 1`,
    writes.filter((w) => w.kind !== 'plan').map((w) => w.key),
  );
  await db.end();
  const countOf = (write) => (write.kind === 'plan' ? planned : keyed).get(write.key) ?? 0;
  const missingAcknowledged = writes.filter((w) => w.first && countOf(w) === 0).length;
  const duplicated = writes.filter((w) => countOf(w) > 1).length;
  const missingAfterRetry = writes.filter((w) => countOf(w) !== 1).length;

  console.log(
    `Crash durability: ${writes.length} writes (${perKind} plans, ${drafts.length} sign-offs, ${signedOff.length} amendments), ${CONCURRENCY} at a time, SIGKILL after ${KILL_AFTER} acknowledged`,
  );
  console.log(
    `  first attempts: ${acknowledgedBeforeKill} acknowledged, ${answeredOtherwise} refused, ${noAnswer} with no answer (in flight at the kill, or sent after it)`,
  );
  console.log(`  restart on the same data: healthy after ${restartSeconds.toFixed(1)} s`);
  console.log(`  acknowledged writes missing after the restart: ${missingAcknowledged}`);
  console.log(
    `  retries with the same key: ${retriesMatching} answered with the original result, ${retriesDiffering} with another, ${retriesFailing} failed`,
  );
  console.log(
    `  writes stored twice: ${duplicated}; writes not stored exactly once after the retries: ${missingAfterRetry}`,
  );
  if (missingAcknowledged || retriesDiffering || retriesFailing || duplicated || missingAfterRetry) exitCode = 1;
} finally {
  if (api.exitCode === null && api.signalCode === null) {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);

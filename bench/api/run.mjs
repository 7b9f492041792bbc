// API throughput benchmark: Ladder's busiest routes against floors of the same stack, measured
// side by side in one run with wrk (10 connections, 1 thread). Each round measures every floor and
// every route once, for DURATION seconds after a 1 s warm-up; the figures are the medians of the
// rounds. The floors (floor-server.mjs) are node:http alone, node:http plus one `SELECT 1` through
// a pool of 10 on the same embedded PostgreSQL, and node:http serving the framework document's bytes.
//
//   npm run bench:api                      BENCH_ROUNDS=3 BENCH_SECONDS=5 by default
//
// Needs wrk (Debian's package); as root with apt-get it is installed when missing.
import { execFileSync, fork, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, median, waitForHealth } from '../lib.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const DEMO_PASSWORD = 'ladder-demo-2026';

function ensureWrk() {
  if (spawnSync('wrk', ['--version']).error === undefined) return;
  if (process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).error === undefined) {
    console.log('Installing wrk (Debian package)…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk'], {
      stdio: 'ignore',
    });
    return;
  }
  throw new Error('bench:api needs wrk: apt-get install wrk');
}

/** Milliseconds from a wrk latency such as `574.00us`, `3.81ms` or `1.02s`. */
function toMs(text) {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text);
  if (!match) return Number.NaN;
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60000 }[match[2]];
  return Number(match[1]) * factor;
}

function wrk(url, { headers = {}, script } = {}) {
  const args = ['-t1', '-c10', `-d${SECONDS}s`, '--latency', '--timeout', '5s'];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  if (script) args.push('-s', script);
  args.push(url);
  // Warm-up: connections open, caches and the JIT settle.
  spawnSync('wrk', ['-t1', '-c10', '-d1s', ...args.slice(3)], { encoding: 'utf8' });
  const out = spawnSync('wrk', args, { encoding: 'utf8' }).stdout;
  const number = (pattern) => Number(pattern.exec(out)?.[1] ?? 0);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    rps: number(/Requests\/sec:\s+([\d.]+)/),
    p50: toMs(/\s50%\s+(\S+)/.exec(out)?.[1] ?? ''),
    p99: toMs(/\s99%\s+(\S+)/.exec(out)?.[1] ?? ''),
    errors:
      number(/Non-2xx or 3xx responses: (\d+)/) +
      (socketErrors
        ? socketErrors
            .slice(1)
            .map(Number)
            .reduce((a, b) => a + b)
        : 0),
  };
}

async function startFloor(mode, arg) {
  const port = await freePort();
  const child = fork(join(here, 'floor-server.mjs'), [mode, String(port), arg ?? ''], { stdio: 'inherit' });
  await new Promise((resolve) => child.once('message', resolve));
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

async function signIn(base, email) {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrfResponse.json();
  const csrfCookie = csrfResponse.headers.getSetCookie().map((c) => c.split(';')[0]);
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie.join('; ') },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`sign-in as ${email} failed: ${login.status}`);
  const cookie = [...csrfCookie, ...login.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
  return { cookie, csrfToken };
}

ensureWrk();
const dataDir = mkdtempSync(join(tmpdir(), 'ladder-bench-api-'));
chmodSync(dataDir, 0o755);
const port = await freePort();
const pgPort = await freePort();
const ladder = spawn(process.execPath, ['scripts/start.mjs'], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(pgPort),
    LADDER_DATA_DIR: dataDir,
    DATABASE_URL: '',
    LOG_LEVEL: 'error',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
});
const floors = [];
try {
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(`${base}/api/health`, ladder);
  const supervisor = await signIn(base, 'supervisor.one@demo.ladder.test');
  const authHeaders = { Cookie: supervisor.cookie, Accept: 'application/json' };
  const overview = await (await fetch(`${base}/api/supervisees/overview`, { headers: authHeaders })).json();
  const samId = (overview.supervisees ?? overview)[0].workerId;
  const frameworkPath = '/api/frameworks/nhse-splw/versions/current';
  const documentFile = join(dataDir, 'framework-document.json');
  writeFileSync(documentFile, Buffer.from(await (await fetch(`${base}${frameworkPath}`)).arrayBuffer()));
  const observe = JSON.stringify({
    workerId: samId,
    observedOn: new Date().toISOString().slice(0, 10),
    setting: 'face-to-face',
    frameworkKey: 'somerset',
    frameworkVersion: 'current',
    itemIds: ['somerset:ac.person-centred-approach'],
  });
  const mixedScript = join(dataDir, 'mixed.lua');
  const lua = (text) => JSON.stringify(text); // a Lua string literal (JSON's escapes are Lua's too)
  writeFileSync(
    mixedScript,
    `COOKIE = ${lua(supervisor.cookie)}\nCSRF = ${lua(supervisor.csrfToken)}\nSAM = ${lua(samId)}\nOBSERVE = ${lua(observe)}\n` +
      readFileSync(join(here, 'mixed.lua'), 'utf8'),
  );
  const probe = await fetch(`${base}/api/observations`, {
    method: 'POST',
    headers: { ...authHeaders, 'content-type': 'application/json', 'x-csrf-token': supervisor.csrfToken },
    body: observe,
  });
  if (!probe.ok) throw new Error(`the mixed workload's write is refused: ${probe.status} ${await probe.text()}`);

  const plain = await startFloor('plain');
  const select = await startFloor('select', `postgres://ladder:ladder-embedded@127.0.0.1:${pgPort}/ladder`);
  const bytes = await startFloor('bytes', documentFile);
  floors.push(plain, select, bytes);

  const cases = [
    { name: 'floor: node:http', url: plain.url },
    { name: 'floor: node:http + SELECT 1', url: select.url },
    { name: 'floor: node:http, framework bytes', url: bytes.url },
    { name: 'GET /api/health', url: `${base}/api/health`, floor: 'floor: node:http + SELECT 1', goal: 0.5 },
    {
      name: 'GET /api/auth/me',
      url: `${base}/api/auth/me`,
      headers: authHeaders,
      floor: 'floor: node:http + SELECT 1',
      goal: 0.5,
    },
    {
      name: `GET ${frameworkPath}`,
      url: `${base}${frameworkPath}`,
      floor: 'floor: node:http, framework bytes',
      goal: 0.5,
    },
    {
      name: 'GET /api/people/{id}/progression',
      url: `${base}/api/people/${samId}/progression`,
      headers: authHeaders,
      floor: 'floor: node:http + SELECT 1',
      goal: 0.25,
    },
    {
      name: 'GET /api/supervisees/overview',
      url: `${base}/api/supervisees/overview`,
      headers: authHeaders,
      floor: 'floor: node:http + SELECT 1',
      goal: 0.25,
    },
    { name: 'mixed signed-in, 9 reads : 1 write', url: base, script: mixedScript, goalRps: 1500 },
  ];
  const results = new Map(cases.map((c) => [c.name, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const c of cases) results.get(c.name).push(wrk(c.url, c));
  }

  const summary = (name) => {
    const runs = results.get(name);
    return {
      rps: median(runs.map((r) => r.rps)),
      p50: median(runs.map((r) => r.p50)),
      p99: median(runs.map((r) => r.p99)),
      errors: runs.reduce((sum, r) => sum + r.errors, 0),
    };
  };
  const [load1] = loadavg();
  console.log(
    `API throughput, wrk -t1 -c10, ${ROUNDS} rounds of ${SECONDS} s, medians; ${cpus().length} cores, load average ${load1.toFixed(2)} at the end`,
  );
  console.log(
    `${'route'.padEnd(46)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(6)}  ratio to floor (goal)`,
  );
  for (const c of cases) {
    const s = summary(c.name);
    let verdict = '';
    if (c.floor) {
      const ratio = s.rps / summary(c.floor).rps;
      verdict = `${ratio.toFixed(3)} (≥ ${c.goal}: ${ratio >= c.goal ? 'met' : 'NOT met'})`;
    } else if (c.goalRps) {
      verdict = `(≥ ${c.goalRps} req/s: ${s.rps >= c.goalRps ? 'met' : 'NOT met'})`;
    }
    if (!c.name.startsWith('floor') && (s.p99 >= 100 || s.errors > 0))
      verdict += ` [p99 < 100 ms and 0 errors: NOT met]`;
    console.log(
      `${c.name.padEnd(46)} ${s.rps.toFixed(0).padStart(8)} ${s.p50.toFixed(2).padStart(7)} ${s.p99.toFixed(2).padStart(7)} ${String(s.errors).padStart(6)}  ${verdict}`,
    );
  }
} finally {
  for (const floor of floors) floor.stop();
  const exited = new Promise((resolve) => (ladder.exitCode !== null ? resolve() : ladder.once('exit', resolve)));
  process.kill(-ladder.pid, 'SIGTERM');
  await exited;
  rmSync(dataDir, { recursive: true, force: true });
}

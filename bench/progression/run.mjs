// Progression engine benchmark: 10,000 workers × 20 observations, evaluated at one as-of date.
// Prints figures only (median of 5 timed runs after one warm-up); it asserts no timings.
//   node bench/progression/run.mjs            (or: npm run bench:progression)
// Options: --workers N  --observations N  --runs N  --seed N
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

// Load the TypeScript sources through @swc-node/register, resolving @ladder/* path aliases from tsconfig.
process.env.SWC_NODE_PROJECT ??= path.join(root, 'libs/dreyfus/tsconfig.json');
const require = createRequire(import.meta.url);
require('@swc-node/register');
const { AFC_PAY_SCALE_2020_21, ASSESSED_COMPETENCY_KEYS } = require(path.join(root, 'libs/competencies/src/index.ts'));
const { SOMERSET_DEFAULT_POLICY, derivePolicy, evaluateProgression } = require(
  path.join(root, 'libs/dreyfus/src/index.ts'),
);

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const WORKERS = option('workers', 10_000);
const OBSERVATIONS = option('observations', 20);
const RUNS = option('runs', 5);
const SEED = option('seed', 20260315);
const AS_OF = '2026-03-15';

// ---------------------------------------------------------------------------------------------
// Fixed-seed data (mulberry32), generated before any timing.

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(SEED);
const pick = (list) => list[Math.floor(rand() * list.length)];
const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
const AS_OF_MS = Date.parse(`${AS_OF}T00:00:00Z`);
const DAY = 86_400_000;
const isoDay = (daysBefore) => new Date(AS_OF_MS - daysBefore * DAY).toISOString().slice(0, 10);

function generateWorker(w) {
  // A worker's "stage" sets typical scores, so every level occurs in the population.
  const stage = int(0, 5);
  const evidence = [];
  for (let o = 0; o < OBSERVATIONS; o++) {
    const competency = ASSESSED_COMPETENCY_KEYS[(o + w) % ASSESSED_COMPETENCY_KEYS.length];
    const daysBefore = int(-15, 720); // up to 2 years back (some lapsed), a few after the as-of date
    const observedOn = isoDay(daysBefore);
    const signedOff = rand() > 0.1;
    const signedOnDay = isoDay(Math.max(daysBefore - int(0, 10), -20));
    const score = stage === 5 ? (rand() < 0.9 ? 5 : 4) : Math.max(0, Math.min(5, stage + int(-1, 1)));
    evidence.push({
      competency,
      score,
      observedOn,
      signedOffAt: signedOff
        ? `${signedOnDay}T${String(int(8, 17)).padStart(2, '0')}:${pick(['00', '15', '30'])}:00Z`
        : null,
      signedOff,
      observationId: `obs-${w}-${o}`,
      supervisorId: `sup-${int(1, 200)}`,
    });
  }
  return {
    evidence,
    inductionComplete: rand() > 0.05,
    attestation: stage === 5 && rand() > 0.2 ? { attestedOn: isoDay(int(0, 600)) } : null,
    experienceStartDate: rand() > 0.1 ? isoDay(int(0, 4000)) : null,
  };
}

// Round-trip through JSON so strings are flat, as they are when read from the API or database.
const workers = JSON.parse(JSON.stringify(Array.from({ length: WORKERS }, (_, w) => generateWorker(w))));

// ---------------------------------------------------------------------------------------------
// Named baselines, measured in the same run.

/**
 * Naive baseline: the straightforward way to write the level rule. For each competency, filter
 * the evidence, parse every date with `Date`, sort newest first and take the head. It computes the
 * LEVEL ONLY (no reasons, gaps, per-competency report, pay or validation), so it does strictly
 * less work than the engine: the ratio understates the engine's advantage.
 */
function naiveLevel(input, asOf) {
  const asOfDate = new Date(`${asOf}T00:00:00Z`);
  const asOfEnd = new Date(asOfDate.getTime() + DAY);
  const cutoff = new Date(asOfDate);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - 18); // fine for mid-month as-of dates like this one
  const latest = (key) =>
    input.evidence
      .filter(
        (e) =>
          e.competency === key &&
          e.signedOff &&
          new Date(e.signedOffAt) < asOfEnd &&
          new Date(e.observedOn) <= asOfDate &&
          new Date(e.observedOn) >= cutoff,
      )
      .sort(
        (a, b) =>
          new Date(b.observedOn) - new Date(a.observedOn) ||
          new Date(b.signedOffAt) - new Date(a.signedOffAt) ||
          (a.observationId < b.observationId ? 1 : a.observationId > b.observationId ? -1 : 0),
      )[0];
  const attained = (keys, t) => keys.every((k) => (latest(k)?.score ?? -1) >= t);
  const attestedOn = input.attestation && new Date(input.attestation.attestedOn);
  const rungs = [
    () => input.inductionComplete && attained(['person-centred-approach'], 3),
    () => attained(['promoting-autonomy', 'action-planning-goal-setting', 'managing-setbacks-problem-solving'], 3),
    () => attained(['supporting-competence-self-efficacy', 'self-monitoring'], 3),
    () => attained(ASSESSED_COMPETENCY_KEYS, 5) && !!attestedOn && attestedOn <= asOfDate && attestedOn >= cutoff,
  ];
  const levels = ['entry', 'core', 'level-1', 'level-2', 'level-3'];
  let reached = 0;
  while (reached < rungs.length && rungs[reached]()) reached++;
  return levels[reached];
}

/** Floor: touch every evidence item's fields once (string compares, no allocation). */
function iterateFloor(input, asOf) {
  let n = 0;
  for (const e of input.evidence) {
    if (e.signedOff && e.observedOn <= asOf && e.competency.length > 0 && e.supervisorId !== e.observationId) {
      n += e.score;
    }
  }
  return n;
}

// ---------------------------------------------------------------------------------------------

const TWO_SUPERVISORS = derivePolicy(SOMERSET_DEFAULT_POLICY, {
  key: 'two-supervisors',
  minDistinctSupervisors: 2,
});

const contenders = [
  ['floor: iterate the evidence', (w) => iterateFloor(w, AS_OF)],
  ['naive baseline (filter/sort/Date per competency, level only)', (w) => naiveLevel(w, AS_OF)],
  [
    'evaluateProgression (somerset-default)',
    (w) => evaluateProgression(w, SOMERSET_DEFAULT_POLICY, AFC_PAY_SCALE_2020_21, AS_OF),
  ],
  [
    'evaluateProgression (two distinct supervisors)',
    (w) => evaluateProgression(w, TWO_SUPERVISORS, AFC_PAY_SCALE_2020_21, AS_OF),
  ],
];

let sink = 0; // keeps results alive so no work is optimised away
function timeOnce(fn) {
  const start = performance.now();
  for (let i = 0; i < workers.length; i++) {
    const r = fn(workers[i]);
    sink += typeof r === 'object' ? r.gaps.length : typeof r === 'string' ? r.length : r;
  }
  return performance.now() - start;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Correctness cross-check: the naive baseline must agree with the engine on every level.
const levelCounts = {};
let agree = 0;
for (const w of workers) {
  const level = evaluateProgression(w, SOMERSET_DEFAULT_POLICY, AFC_PAY_SCALE_2020_21, AS_OF).level.key;
  levelCounts[level] = (levelCounts[level] ?? 0) + 1;
  if (naiveLevel(w, AS_OF) === level) agree++;
}

const results = [];
for (const [name, fn] of contenders) {
  timeOnce(fn); // warm-up (JIT), not counted
  const times = Array.from({ length: RUNS }, () => timeOnce(fn));
  results.push({ name, median: median(times), times });
}

const fmt = (ms) => ms.toFixed(1).padStart(8);
const engine = results[2];
console.log(`Progression bench: ${WORKERS} workers × ${OBSERVATIONS} observations, as of ${AS_OF}, seed ${SEED}`);
console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, single thread`);
const ladder = ['entry', 'core', 'level-1', 'level-2', 'level-3'];
console.log(`levels: ${ladder.map((k) => `${k} ${levelCounts[k] ?? 0}`).join(', ')}`);
console.log(`naive baseline agrees with the engine on ${agree}/${WORKERS} levels`);
console.log('');
console.log(`${'implementation'.padEnd(62)} median ms  µs/worker  runs (ms)`);
for (const r of results) {
  console.log(
    `${r.name.padEnd(62)}${fmt(r.median)}  ${((r.median * 1000) / WORKERS).toFixed(2).padStart(9)}  ` +
      r.times.map((t) => t.toFixed(1)).join(', '),
  );
}
console.log('');
const naive = results[1];
const floor = results[0];
console.log(
  `naive baseline / engine: ${(naive.median / engine.median).toFixed(2)}× (engine is that many times faster)`,
);
console.log(`engine / iterate floor:  ${(engine.median / floor.median).toFixed(1)}×`);
console.log(`target: ≤ 200 ms for ${WORKERS} workers; engine median ${engine.median.toFixed(1)} ms`);
if (agree !== WORKERS) process.exitCode = 1;
if (sink === Number.MIN_VALUE) console.log(sink);

import { ASSESSED_COMPETENCY_KEYS, type DreyfusScore } from '@ladder/competencies';
import fc from 'fast-check';

import { addDays } from './dates';
import type { EvidenceItem, ProgressionInput } from './evidence';
import { levelRank } from './levels';
import { SOMERSET_DEFAULT_POLICY, derivePolicy, type ProgressionPolicy } from './policy';
import { type ProgressionResult } from './progression';
import { evaluate } from './test-helpers';

const POLICIES: ProgressionPolicy[] = [
  SOMERSET_DEFAULT_POLICY,
  derivePolicy(SOMERSET_DEFAULT_POLICY, { key: 'twelve-month', currencyWindowMonths: 12 }),
  derivePolicy(SOMERSET_DEFAULT_POLICY, { key: 'two-supervisors', minDistinctSupervisors: 2 }),
];

const EARLIEST = '2022-01-01';
const SPAN_DAYS = 1700; // to late 2026

/** A date within the span; half of them in the last 18 months before `recentTo` so levels vary. */
const dateArb = (recentTo: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.integer({ min: 0, max: SPAN_DAYS }).map((d) => addDays(EARLIEST, d)),
    fc.integer({ min: 0, max: 540 }).map((d) => addDays(recentTo, -d)),
  );

/** Mostly high scores so that the higher levels are reached often enough to test. */
const scoreArb: fc.Arbitrary<DreyfusScore> = fc.oneof(
  fc.constantFrom<DreyfusScore>(3, 5),
  fc.integer({ min: 0, max: 5 }) as fc.Arbitrary<DreyfusScore>,
);

/**
 * Evidence observed up to `latestObserved`. With `signBy`, every sign-off also falls on or before
 * that date (for the as-of property); otherwise sign-offs may fall after the as-of date.
 */
function evidenceArb(
  latestObserved: string,
  signBy?: string,
  baselineTo: string = latestObserved,
): fc.Arbitrary<EvidenceItem[]> {
  const item = fc.record({
    competency: fc.constantFrom(...ASSESSED_COMPETENCY_KEYS),
    score: scoreArb,
    observedOn: dateArb(latestObserved).filter((d) => d <= latestObserved),
    signed: fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
    signDelay: fc.integer({ min: 0, max: 20 }),
    hour: fc.integer({ min: 0, max: 23 }),
    supervisor: fc.constantFrom('sup-a', 'sup-b', 'sup-c'),
  });
  // A recent "baseline" observation per competency, mostly 3 or 5, so that Level 2 and Level 3
  // are reached often; then random noise (older, lower, drafts, other supervisors).
  // (A second supervisor's score sometimes backs it up, for the two-supervisor policy.)
  const baseline = fc.tuple(
    ...ASSESSED_COMPETENCY_KEYS.map((competency) =>
      fc
        .record({
          score: fc.constantFrom<DreyfusScore>(2, 3, 5, 5, 5, 5, 5, 5),
          daysAgo: fc.integer({ min: 0, max: 300 }),
          hour: fc.integer({ min: 0, max: 23 }),
          secondOpinion: fc.boolean(),
        })
        .map(({ score, daysAgo, hour, secondOpinion }) => {
          const first = { competency, score, signed: true, signDelay: 0, hour };
          const observedOn = addDays(baselineTo, -daysAgo);
          return [
            { ...first, observedOn, supervisor: 'sup-a' },
            ...(secondOpinion ? [{ ...first, observedOn: addDays(observedOn, -7), supervisor: 'sup-b' }] : []),
          ];
        }),
    ),
  );
  const all = fc
    .tuple(fc.boolean(), baseline, fc.array(item, { maxLength: 24 }))
    .map(([useBaseline, base, noise]) => (useBaseline ? [...base.flat(), ...noise] : noise));
  return all.map((items) =>
    items.map((it, i): EvidenceItem => {
      let signDay = addDays(it.observedOn, it.signDelay);
      if (signBy !== undefined && signDay > signBy) signDay = signBy;
      return {
        competency: it.competency,
        score: it.score,
        observedOn: it.observedOn,
        signedOff: it.signed,
        signedOffAt: it.signed ? `${signDay}T${String(it.hour).padStart(2, '0')}:00:00Z` : null,
        observationId: `obs-${String(i).padStart(3, '0')}`,
        supervisorId: it.supervisor,
      };
    }),
  );
}

interface Scenario {
  input: ProgressionInput;
  policy: ProgressionPolicy;
  asOf: string;
}

/** A worker, a policy and an as-of date; evidence may be dated after the as-of date. */
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    asOf: fc.integer({ min: 600, max: SPAN_DAYS }).map((d) => addDays(EARLIEST, d)),
    policy: fc.constantFrom(...POLICIES),
    inductionComplete: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
    attestationDay: fc.option(fc.integer({ min: 0, max: SPAN_DAYS }), { nil: null }),
    recentAttestation: fc.boolean(),
    experienceDay: fc.option(fc.integer({ min: -4000, max: SPAN_DAYS }), { nil: null }),
  })
  .chain((s) =>
    evidenceArb(addDays(s.asOf, 60), undefined, s.asOf).map((evidence): Scenario => ({
      asOf: s.asOf,
      policy: s.policy,
      input: {
        evidence,
        inductionComplete: s.inductionComplete,
        attestation:
          s.attestationDay === null
            ? null
            : {
                attestedOn: s.recentAttestation
                  ? addDays(s.asOf, -(s.attestationDay % 400))
                  : addDays(EARLIEST, s.attestationDay),
              },
        experienceStartDate: s.experienceDay === null ? null : addDays(EARLIEST, s.experienceDay),
      },
    })),
  );

function rank(result: ProgressionResult): number {
  return levelRank(result.level.key);
}

function run(s: Scenario, input: ProgressionInput = s.input, asOf: string = s.asOf): ProgressionResult {
  return evaluate(input, s.policy, asOf);
}

const RUNS = { numRuns: 500 };

describe('progression properties', () => {
  it('reaches every level somewhere in the generated space (the generators are not degenerate)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(scenarioArb, (s) => {
        seen.add(run(s).level.key);
      }),
      { numRuns: 2000, seed: 42 },
    );
    expect([...seen].sort()).toEqual(['core', 'entry', 'level-1', 'level-2', 'level-3']);
  });

  it('lowering any score never raises the level', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.nat(), (s, pick, lower) => {
        fc.pre(s.input.evidence.length > 0);
        const index = pick % s.input.evidence.length;
        const target = s.input.evidence[index] as EvidenceItem;
        const lowered = { ...target, score: (lower % (target.score + 1)) as DreyfusScore };
        const evidence = s.input.evidence.map((e, i) => (i === index ? lowered : e));
        expect(rank(run(s, { ...s.input, evidence }))).toBeLessThanOrEqual(rank(run(s)));
      }),
      RUNS,
    );
  });

  it('adding a newer signed-off score of 5 never lowers the level', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.constantFrom(...ASSESSED_COMPETENCY_KEYS),
        fc.constantFrom('sup-a', 'sup-b', 'sup-z'),
        (s, competency, supervisor) => {
          const newest: EvidenceItem = {
            competency,
            score: 5,
            observedOn: s.asOf,
            signedOff: true,
            signedOffAt: `${s.asOf}T23:59:59.999Z`,
            observationId: 'obs-zzz-newest',
            supervisorId: supervisor,
          };
          const after = run(s, { ...s.input, evidence: [...s.input.evidence, newest] });
          expect(rank(after)).toBeGreaterThanOrEqual(rank(run(s)));
        },
      ),
      RUNS,
    );
  });

  it('moving the as-of date later, with all evidence dated before it, never raises the level', () => {
    const arb = fc
      .record({
        asOf: fc.integer({ min: 600, max: SPAN_DAYS }).map((d) => addDays(EARLIEST, d)),
        later: fc.integer({ min: 1, max: 900 }),
        policy: fc.constantFrom(...POLICIES),
        inductionComplete: fc.boolean(),
        attestationBack: fc.option(fc.integer({ min: 1, max: 800 }), { nil: null }),
      })
      .chain((r) => {
        const lastDay = addDays(r.asOf, -1);
        return evidenceArb(lastDay, lastDay).map((evidence) => ({ ...r, evidence }));
      });
    fc.assert(
      fc.property(arb, (r) => {
        const s: Scenario = {
          asOf: r.asOf,
          policy: r.policy,
          input: {
            evidence: r.evidence,
            inductionComplete: r.inductionComplete,
            attestation: r.attestationBack === null ? null : { attestedOn: addDays(r.asOf, -r.attestationBack) },
            experienceStartDate: null,
          },
        };
        expect(rank(run(s, s.input, addDays(r.asOf, r.later)))).toBeLessThanOrEqual(rank(run(s)));
      }),
      RUNS,
    );
  });

  it('the suggested annual pay never decreases with more experience at the same level', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: -3000, max: 0 }), fc.integer({ min: 1, max: 4000 }), (s, a, more) => {
        const later = addDays(s.asOf, a);
        const earlier = addDays(later, -more); // an earlier start is more experience
        const withLess = run(s, { ...s.input, experienceStartDate: later });
        const withMore = run(s, { ...s.input, experienceStartDate: earlier });
        const unknown = run(s, { ...s.input, experienceStartDate: null });
        expect(withMore.level).toEqual(withLess.level);
        expect(withMore.pay.annualPounds).toBeGreaterThanOrEqual(withLess.pay.annualPounds);
        expect(withLess.pay.annualPounds).toBeGreaterThanOrEqual(unknown.pay.annualPounds);
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the evidence', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer(), (s, seed) => {
        const shuffled = fc.sample(
          fc.shuffledSubarray([...s.input.evidence], {
            minLength: s.input.evidence.length,
            maxLength: s.input.evidence.length,
          }),
          { seed, numRuns: 1 },
        )[0] as EvidenceItem[];
        expect(run(s, { ...s.input, evidence: shuffled })).toEqual(run(s));
      }),
      { numRuns: 200 },
    );
  });

  it('is consistent: one reason per level reached, gaps only below Level 3, JSON round-trips', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const result = run(s);
        expect(result.reasons).toHaveLength(rank(result) + 1);
        expect(result.gaps.length === 0).toBe(result.nextLevel === null);
        expect(result.nextLevel === null).toBe(result.level.key === 'level-3');
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 200 },
    );
  });
});

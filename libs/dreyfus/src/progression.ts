import {
  ASSESSED_COMPETENCIES,
  ASSESSED_COMPETENCY_KEYS,
  type AssessedCompetencyKey,
  type DreyfusScore,
  type PayScale,
  type SomersetLevel,
} from '@ladder/competencies';

import { isoDateStartMs, parseIsoDate, subtractMonths } from './dates';
import { InvalidInputError, describeValue } from './errors';
import {
  collectEvidence,
  competencyIndex,
  supervisorsAtOrAbove,
  type CompetencyEvidence,
  type EvidenceItem,
  type EvidenceWindow,
  type ProgressionInput,
} from './evidence';
import { levelRef, type LevelRef } from './levels';
import { suggestPay, type PaySuggestion } from './pay';
import {
  RUNG_LEVELS,
  isValidatedPolicy,
  validatePolicy,
  type LevelRule,
  type PolicyRef,
  type ProgressionPolicy,
} from './policy';
import { dreyfusName } from './scale';
import {
  INDUCTION_GAP,
  attestationGap,
  attestationReason,
  entryReason,
  lapsedGap,
  notObservedGap,
  scoreBelowGap,
  scoreReason,
  supervisorsGap,
  unsignedGap,
} from './wording';

/** The most recent current signed-off score for a competency. */
export interface LatestScore {
  score: DreyfusScore;
  /** Table 2 name, e.g. "Competent". */
  name: string;
  observedOn: string;
  signedOffAt: string;
  observationId: string;
  supervisorId: string;
}

/** Whether a competency meets one level's threshold under the policy. */
export interface CompetencyRequirement {
  level: LevelRef;
  threshold: DreyfusScore;
  attained: boolean;
}

export interface CompetencyProgress {
  key: AssessedCompetencyKey;
  title: string;
  /** The level at which Somerset first assesses the competency. */
  assessedAt: LevelRef;
  latest: LatestScore | null;
  /** Attained at 3 (Competent) under the policy's rules (latest score, distinct supervisors). */
  attainedAt3: boolean;
  /** Attained at 5 (Expert), the Level 3 threshold in the default policy. */
  attainedAt5: boolean;
  /** Every level whose rule names this competency, with its threshold and whether it is met. */
  requirements: CompetencyRequirement[];
  /** There is signed-off evidence older than the currency window. */
  hasNonCurrentEvidence: boolean;
  lastNonCurrentObservedOn: string | null;
  /** Most recent current observation still awaiting sign-off at the as-of date. */
  awaitingSignOffObservedOn: string | null;
}

export interface ProgressionResult {
  /** ISO date the result describes. */
  asOf: string;
  policy: PolicyRef;
  level: LevelRef;
  /** null at the top of the ladder. */
  nextLevel: LevelRef | null;
  /** Evidence observed on or after this date (and not after `asOf`) is current. */
  currentFrom: string;
  inductionComplete: boolean;
  attestation: { attestedOn: string | null; current: boolean };
  /** One entry per assessed competency, in framework order. */
  competencies: CompetencyProgress[];
  /** Why the worker is at this level: one line per level reached, naming rules and observations. */
  reasons: string[];
  /** What stands between the worker and `nextLevel`; empty at Level 3. */
  gaps: string[];
  pay: PaySuggestion;
}

interface CompiledRung {
  rule: LevelRule;
  level: LevelRef;
  indexes: readonly number[];
}

/** A policy pre-digested for evaluation: competency keys resolved to bucket indexes. */
interface CompiledPolicy {
  policy: ProgressionPolicy;
  rungs: readonly CompiledRung[];
  /** Per competency index: the rungs that name it. */
  rungsByCompetency: readonly (readonly number[])[];
}

const compiledPolicies = new WeakMap<ProgressionPolicy, CompiledPolicy>();

const TITLES: readonly string[] = ASSESSED_COMPETENCY_KEYS.map(
  (key) => ASSESSED_COMPETENCIES.find((c) => c.key === key)?.title ?? key,
);
const ASSESSED_AT: readonly SomersetLevel[] = ASSESSED_COMPETENCY_KEYS.map(
  (key) => ASSESSED_COMPETENCIES.find((c) => c.key === key)?.level ?? 'entry',
);

function compile(policy: ProgressionPolicy): CompiledPolicy {
  // Only policies frozen by validatePolicy are cached: anything else could change under the cache.
  const trusted = isValidatedPolicy(policy) ? policy : validatePolicy(policy);
  const cached = compiledPolicies.get(trusted);
  if (cached !== undefined) return cached;
  const rungs = trusted.levels.map((rule) => ({
    rule,
    level: levelRef(rule.level),
    indexes: rule.competencies.map(competencyIndex),
  }));
  const rungsByCompetency = ASSESSED_COMPETENCY_KEYS.map((_, c) =>
    rungs.flatMap((rung, r) => (rung.indexes.includes(c) ? [r] : [])),
  );
  const compiled = { policy: trusted, rungs, rungsByCompetency };
  compiledPolicies.set(trusted, compiled);
  return compiled;
}

/** Single-entry memo: organisation runs evaluate thousands of workers at one as-of date. */
let lastWindow: EvidenceWindow | null = null;

function windowFor(asOf: string, months: number, trackSupervisors: boolean): EvidenceWindow {
  const w = lastWindow;
  if (w !== null && w.asOf === asOf && w.trackSupervisors === trackSupervisors && w.months === months) {
    return w;
  }
  lastWindow = {
    asOf,
    months,
    trackSupervisors,
    currentFrom: subtractMonths(asOf, months),
    asOfEndMs: isoDateStartMs(asOf) + 86_400_000,
  };
  return lastWindow;
}

function checkInput(input: unknown): asserts input is ProgressionInput {
  if (typeof input !== 'object' || input === null) {
    throw new InvalidInputError('input', `must be an object (got ${describeValue(input)})`);
  }
  const { inductionComplete, attestation, experienceStartDate } = input as ProgressionInput;
  if (typeof inductionComplete !== 'boolean') {
    throw new InvalidInputError('inductionComplete', `must be true or false (got ${describeValue(inductionComplete)})`);
  }
  if (attestation !== null) {
    if (typeof attestation !== 'object' || attestation === undefined) {
      throw new InvalidInputError('attestation', `must be an object or null (got ${describeValue(attestation)})`);
    }
    parseIsoDate(attestation.attestedOn, 'attestation.attestedOn');
  }
  if (experienceStartDate !== null) parseIsoDate(experienceStartDate, 'experienceStartDate');
}

/**
 * Works out a worker's level on the ladder at `asOf`, why, what the next level needs, and a
 * suggested pay point.
 *
 * Rules (policy `somerset-default` v1; other versions change the numbers, not the shape):
 * - Evidence counts when signed off (by the end of the as-of day) and current: observed on or
 *   before `asOf` and no earlier than `currencyWindowMonths` calendar months before it, counted
 *   by `subtractMonths`: as-of 2026-03-15 with 18 months → observed 2024-09-15 or later counts;
 *   where the day does not exist the month's last day is used (2026-08-31 → 2025-02-28).
 * - A competency is attained at T when its most recent current score is ≥ T (same observed
 *   date: the later sign-off wins), and, if the policy asks, N distinct supervisors scored ≥ T.
 * - Levels are a ladder: each requires all below it; Entry needs nothing.
 *
 * Throws `InvalidInputError` (or its `InvalidDateError` / `InvalidScoreError` subclasses) naming
 * the bad field, `InvalidPolicyError`, or `InvalidPayScaleError`. The result is plain JSON.
 */
export function evaluateProgression(
  input: ProgressionInput,
  policy: ProgressionPolicy,
  payScale: PayScale,
  asOf: string,
): ProgressionResult {
  const { policy: p, rungs, rungsByCompetency } = compile(policy);
  parseIsoDate(asOf, 'asOf');
  checkInput(input);
  const minSupervisors = p.minDistinctSupervisors;
  const window = windowFor(asOf, p.currencyWindowMonths, minSupervisors > 1);
  const buckets = collectEvidence(input.evidence, window);

  const attestedOn = input.attestation === null ? null : input.attestation.attestedOn;
  const attestationCurrent = attestedOn !== null && attestedOn <= asOf && attestedOn >= window.currentFrom;

  const attained = (bucket: CompetencyEvidence, threshold: number): boolean =>
    bucket.latest !== null &&
    bucket.latest.score >= threshold &&
    (minSupervisors <= 1 || supervisorsAtOrAbove(bucket, threshold) >= minSupervisors);

  const rungMet = (rung: CompiledRung): boolean =>
    (!rung.rule.requiresInduction || input.inductionComplete) &&
    (!rung.rule.requiresAttestation || attestationCurrent) &&
    rung.indexes.every((c) => attained(buckets[c] as CompetencyEvidence, rung.rule.threshold));

  let reached = 0; // rungs met, in order; the level is RUNG_LEVELS[reached - 1] or entry
  while (reached < rungs.length && rungMet(rungs[reached] as CompiledRung)) reached++;
  const levelKey: SomersetLevel = reached === 0 ? 'entry' : (RUNG_LEVELS[reached - 1] as SomersetLevel);
  const next = rungs[reached] ?? null;

  const competencies = buckets.map((bucket, c): CompetencyProgress => {
    const latest = bucket.latest;
    return {
      key: ASSESSED_COMPETENCY_KEYS[c] as AssessedCompetencyKey,
      title: TITLES[c] as string,
      assessedAt: levelRef(ASSESSED_AT[c] as SomersetLevel),
      latest:
        latest === null
          ? null
          : {
              score: latest.score,
              name: dreyfusName(latest.score),
              observedOn: latest.observedOn,
              signedOffAt: latest.signedOffAt as string,
              observationId: latest.observationId,
              supervisorId: latest.supervisorId,
            },
      attainedAt3: attained(bucket, 3),
      attainedAt5: attained(bucket, 5),
      requirements: (rungsByCompetency[c] as readonly number[]).map((r) => {
        const rung = rungs[r] as CompiledRung;
        const { threshold } = rung.rule;
        return { level: { ...rung.level }, threshold, attained: attained(bucket, threshold) };
      }),
      hasNonCurrentEvidence: bucket.lastNonCurrentObservedOn !== null,
      lastNonCurrentObservedOn: bucket.lastNonCurrentObservedOn,
      awaitingSignOffObservedOn: bucket.latestUnsignedObservedOn,
    };
  });

  const reasons = [entryReason()];
  for (let r = 0; r < reached; r++) {
    const rung = rungs[r] as CompiledRung;
    const parts: string[] = [];
    if (rung.rule.requiresInduction) parts.push('local induction complete');
    for (const c of rung.indexes) {
      const bucket = buckets[c] as CompetencyEvidence;
      const supervisors =
        minSupervisors > 1
          ? { count: supervisorsAtOrAbove(bucket, rung.rule.threshold), threshold: rung.rule.threshold }
          : null;
      const latest = bucket.latest as EvidenceItem; // a met rung has a latest score for each competency
      parts.push(scoreReason(TITLES[c] as string, latest, supervisors));
    }
    if (rung.rule.requiresAttestation) parts.push(attestationReason(attestedOn as string));
    reasons.push(`${rung.level.name}: ${parts.length > 0 ? parts.join('; ') : 'no further requirements'}`);
  }

  const gaps: string[] = [];
  if (next !== null) {
    const { threshold } = next.rule;
    if (next.rule.requiresInduction && !input.inductionComplete) gaps.push(INDUCTION_GAP);
    for (const c of next.indexes) {
      const bucket = buckets[c] as CompetencyEvidence;
      if (attained(bucket, threshold)) continue;
      const title = TITLES[c] as string;
      if (bucket.latest !== null) {
        gaps.push(
          bucket.latest.score < threshold
            ? scoreBelowGap(title, bucket.latest, threshold)
            : supervisorsGap(title, supervisorsAtOrAbove(bucket, threshold), minSupervisors, threshold),
        );
      } else if (bucket.latestUnsignedObservedOn !== null) {
        gaps.push(unsignedGap(title, bucket.latestUnsignedObservedOn, threshold));
      } else if (bucket.lastNonCurrentObservedOn !== null) {
        gaps.push(lapsedGap(title, bucket.lastNonCurrentObservedOn, p.currencyWindowMonths));
      } else {
        gaps.push(notObservedGap(title, threshold));
      }
    }
    if (next.rule.requiresAttestation && !attestationCurrent) {
      const lapsed = attestedOn !== null && attestedOn < window.currentFrom ? attestedOn : null;
      gaps.push(attestationGap(lapsed, p.currencyWindowMonths));
    }
  }

  return {
    asOf,
    policy: { key: p.key, version: p.version },
    level: levelRef(levelKey),
    nextLevel: next === null ? null : { ...next.level },
    currentFrom: window.currentFrom,
    inductionComplete: input.inductionComplete,
    attestation: { attestedOn, current: attestationCurrent },
    competencies,
    reasons,
    gaps,
    pay: suggestPay(levelKey, p.pay[levelKey], payScale, input.experienceStartDate, asOf),
  };
}

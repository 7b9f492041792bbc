import { ASSESSED_COMPETENCY_KEYS, type AssessedCompetencyKey, type DreyfusScore } from '@ladder/competencies';

import { isIsoDate, parseIsoDateTime } from './dates';
import { InvalidDateError, InvalidInputError, describeValue } from './errors';
import { InvalidScoreError, isDreyfusScore } from './scale';

/** One supervisor's score for one assessed competency from one observation. */
export interface EvidenceItem {
  competency: AssessedCompetencyKey;
  score: DreyfusScore;
  /** ISO date (YYYY-MM-DD, UTC) the practice was observed. */
  observedOn: string;
  /** ISO datetime of sign-off, or null for drafts. */
  signedOffAt: string | null;
  signedOff: boolean;
  observationId: string;
  supervisorId: string;
}

export interface Attestation {
  /** ISO date the employer attested wider responsibilities, leadership or specialisation. */
  attestedOn: string;
}

export interface ProgressionInput {
  evidence: readonly EvidenceItem[];
  inductionComplete: boolean;
  attestation: Attestation | null;
  /** ISO date relevant experience began, or null when not recorded. */
  experienceStartDate: string | null;
}

/** The as-of date and the currency window it implies; computed once per evaluation. */
export interface EvidenceWindow {
  asOf: string;
  /** The policy's currency window, in calendar months. */
  months: number;
  /** Earliest observed date that is still current (inclusive). */
  currentFrom: string;
  /** First millisecond after the as-of day: sign-offs from then on had not happened yet. */
  asOfEndMs: number;
  /** Keep each supervisor's best current score (only needed when policies ask for > 1). */
  trackSupervisors: boolean;
}

/** What one competency's evidence amounts to at the as-of date. */
export interface CompetencyEvidence {
  /** Most recent current signed-off evidence (later sign-off wins a tie on observed date). */
  latest: EvidenceItem | null;
  latestSignedOffMs: number;
  /** Supervisor id → that supervisor's highest current signed-off score (when tracked). */
  bestBySupervisor: Map<string, number> | null;
  /** Observed date of the most recent signed-off evidence that has lapsed, if any. */
  lastNonCurrentObservedOn: string | null;
  /** Observed date of the most recent current evidence still awaiting sign-off, if any. */
  latestUnsignedObservedOn: string | null;
}

const COMPETENCY_INDEX: ReadonlyMap<unknown, number> = new Map(
  ASSESSED_COMPETENCY_KEYS.map((key, index) => [key, index]),
);

export function competencyIndex(key: AssessedCompetencyKey): number {
  return COMPETENCY_INDEX.get(key) ?? -1;
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/**
 * Whether `a` is more recent than `b`: observed date, then sign-off time, then observation id;
 * a complete tie goes to the lower score (the cautious reading). Total, so input order never
 * changes the outcome.
 */
function isMoreRecent(a: EvidenceItem, aMs: number, b: EvidenceItem, bMs: number): boolean {
  if (a.observedOn !== b.observedOn) return a.observedOn > b.observedOn;
  if (aMs !== bMs) return aMs > bMs;
  if (a.observationId !== b.observationId) return a.observationId > b.observationId;
  if (a.score !== b.score) return a.score < b.score;
  return a.supervisorId > b.supervisorId;
}

/**
 * Validates every item (errors name the field, e.g. `evidence[4].score`) and sorts the evidence
 * into one bucket per assessed competency in a single pass: no per-competency sorting or copying.
 *
 * Evidence counts when it is signed off on or before the as-of day, observed on or before the
 * as-of date and observed on or after `currentFrom`. Later sign-offs count as not yet signed off,
 * so a past as-of date gives the answer that was true then.
 */
export function collectEvidence(evidence: unknown, window: EvidenceWindow): CompetencyEvidence[] {
  if (!Array.isArray(evidence)) {
    throw new InvalidInputError('evidence', `must be an array (got ${describeValue(evidence)})`);
  }
  const buckets: CompetencyEvidence[] = ASSESSED_COMPETENCY_KEYS.map(() => ({
    latest: null,
    latestSignedOffMs: 0,
    bestBySupervisor: window.trackSupervisors ? new Map<string, number>() : null,
    lastNonCurrentObservedOn: null,
    latestUnsignedObservedOn: null,
  }));
  const { asOf, currentFrom, asOfEndMs } = window;
  for (let i = 0; i < evidence.length; i++) {
    const item: unknown = evidence[i];
    if (typeof item !== 'object' || item === null) {
      throw new InvalidInputError(`evidence[${i}]`, `must be an object (got ${describeValue(item)})`);
    }
    const e = item as EvidenceItem;
    const index = COMPETENCY_INDEX.get(e.competency);
    if (index === undefined) {
      throw new InvalidInputError(
        `evidence[${i}].competency`,
        `${describeValue(e.competency)} is not an assessed competency key`,
      );
    }
    if (!isDreyfusScore(e.score)) throw new InvalidScoreError(e.score, `evidence[${i}].score`);
    const observedOn = e.observedOn;
    if (!isIsoDate(observedOn)) {
      throw new InvalidDateError(`evidence[${i}].observedOn`, observedOn, 'ISO date (YYYY-MM-DD)');
    }
    if (typeof e.signedOff !== 'boolean') {
      throw new InvalidInputError(
        `evidence[${i}].signedOff`,
        `must be true or false (got ${describeValue(e.signedOff)})`,
      );
    }
    let signedOffMs = Number.NaN;
    if (e.signedOffAt !== null) signedOffMs = parseIsoDateTime(e.signedOffAt, `evidence[${i}].signedOffAt`);
    else if (e.signedOff) {
      throw new InvalidInputError(
        `evidence[${i}].signedOffAt`,
        'must be an ISO datetime when signedOff is true (got null)',
      );
    }
    if (!isNonEmptyString(e.observationId)) {
      throw new InvalidInputError(
        `evidence[${i}].observationId`,
        `must be a non-empty string (got ${describeValue(e.observationId)})`,
      );
    }
    if (!isNonEmptyString(e.supervisorId)) {
      throw new InvalidInputError(
        `evidence[${i}].supervisorId`,
        `must be a non-empty string (got ${describeValue(e.supervisorId)})`,
      );
    }

    if (observedOn > asOf) continue; // not yet happened at the as-of date
    const bucket = buckets[index] as CompetencyEvidence;
    const signed = e.signedOff && signedOffMs < asOfEndMs;
    if (observedOn < currentFrom) {
      const last = bucket.lastNonCurrentObservedOn;
      if (signed && (last === null || observedOn > last)) bucket.lastNonCurrentObservedOn = observedOn;
      continue;
    }
    if (!signed) {
      if (bucket.latestUnsignedObservedOn === null || observedOn > bucket.latestUnsignedObservedOn) {
        bucket.latestUnsignedObservedOn = observedOn;
      }
      continue;
    }
    if (bucket.latest === null || isMoreRecent(e, signedOffMs, bucket.latest, bucket.latestSignedOffMs)) {
      bucket.latest = e;
      bucket.latestSignedOffMs = signedOffMs;
    }
    const best = bucket.bestBySupervisor;
    if (best !== null && (best.get(e.supervisorId) ?? -1) < e.score) best.set(e.supervisorId, e.score);
  }
  return buckets;
}

/** How many distinct supervisors gave a current signed-off score of at least `threshold`. */
export function supervisorsAtOrAbove(bucket: CompetencyEvidence, threshold: number): number {
  let count = 0;
  if (bucket.bestBySupervisor !== null) {
    for (const score of bucket.bestBySupervisor.values()) if (score >= threshold) count++;
  }
  return count;
}

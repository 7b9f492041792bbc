/** Builders shared by the specs (not exported from the package). */
import {
  AFC_PAY_SCALE_2020_21,
  ASSESSED_COMPETENCY_KEYS,
  type AssessedCompetencyKey,
  type DreyfusScore,
} from '@ladder/competencies';

import type { EvidenceItem, ProgressionInput } from './evidence';
import { SOMERSET_DEFAULT_POLICY, type ProgressionPolicy } from './policy';
import { evaluateProgression, type ProgressionResult } from './progression';

export const AS_OF = '2026-03-15';

export const CORE: readonly AssessedCompetencyKey[] = ['person-centred-approach'];
export const LEVEL_1: readonly AssessedCompetencyKey[] = [
  'promoting-autonomy',
  'action-planning-goal-setting',
  'managing-setbacks-problem-solving',
];
export const LEVEL_2: readonly AssessedCompetencyKey[] = ['supporting-competence-self-efficacy', 'self-monitoring'];
export const ALL: readonly AssessedCompetencyKey[] = ASSESSED_COMPETENCY_KEYS;

export interface ObsOptions {
  id?: string;
  supervisor?: string;
  /** Defaults to noon UTC on the observed date; null makes a draft. */
  signedOffAt?: string | null;
  signedOff?: boolean;
}

/** One signed-off observation score (a draft when `signedOffAt: null`). */
export function obs(
  competency: AssessedCompetencyKey,
  score: number,
  observedOn: string,
  options: ObsOptions = {},
): EvidenceItem {
  const signedOffAt = options.signedOffAt === undefined ? `${observedOn}T12:00:00Z` : options.signedOffAt;
  return {
    competency,
    score: score as DreyfusScore,
    observedOn,
    signedOffAt,
    signedOff: options.signedOff ?? signedOffAt !== null,
    observationId: options.id ?? `obs-${competency}-${observedOn}`,
    supervisorId: options.supervisor ?? 'sup-1',
  };
}

/** The same score for several competencies from one observation. */
export function scores(
  competencies: readonly AssessedCompetencyKey[],
  score: number,
  observedOn: string,
  options: ObsOptions = {},
): EvidenceItem[] {
  return competencies.map((c) => obs(c, score, observedOn, options));
}

export function worker(overrides: Partial<ProgressionInput> = {}): ProgressionInput {
  return {
    evidence: [],
    inductionComplete: true,
    attestation: null,
    experienceStartDate: null,
    ...overrides,
  };
}

/** Evidence that meets every rung up to and including Level 2 at score 3. */
export const LEVEL_2_EVIDENCE: readonly EvidenceItem[] = [
  ...scores([...CORE, ...LEVEL_1, ...LEVEL_2], 3, '2026-01-10'),
];

export function evaluate(
  input: ProgressionInput,
  policy: ProgressionPolicy = SOMERSET_DEFAULT_POLICY,
  asOf: string = AS_OF,
): ProgressionResult {
  return evaluateProgression(input, policy, AFC_PAY_SCALE_2020_21, asOf);
}

import { AFC_PAY_SCALE_2020_21, type AssessedCompetencyKey, type DreyfusScore } from '@ladder/competencies';
import { evaluateProgression, SOMERSET_DEFAULT_POLICY } from '@ladder/dreyfus';
import type { ProgressionResult } from '../api/progression';
import type { ScoredObservation } from '../api/scored-observations';

export const ALEX_ID = '7d3f3c2e-0000-4000-8000-000000000302';
export const SUPERVISOR_ID = '7d3f3c2e-0000-4000-8000-000000000201';
export const FIRST = '0b5e7a1c-1d2e-4f30-8a41-5b6c7d8e9f01';
export const SECOND = '0b5e7a1c-1d2e-4f30-8a41-5b6c7d8e9f02';
export const AMENDED = '0b5e7a1c-1d2e-4f30-8a41-5b6c7d8e9f03';
export const AS_OF = '2026-03-10';

const itemId = (key: AssessedCompetencyKey) => `somerset:ac.${key}`;

function observation(
  id: string,
  observedOn: string,
  scores: Partial<Record<AssessedCompetencyKey, number>>,
  extra: Partial<ScoredObservation> = {},
): ScoredObservation {
  return {
    id,
    status: 'signed-off',
    observedOn,
    signedOffAt: `${observedOn}T15:00:00.000Z`,
    supersededBy: null,
    items: Object.entries(scores).map(([key, score]) => ({
      itemId: itemId(key as AssessedCompetencyKey),
      score,
      notObserved: false,
    })),
    ...extra,
  };
}

/**
 * Alex's observations, newest first as the API lists them: a draft, the amended second
 * observation (its first version superseded), and the first. Supporting Competence & Self
 * Efficacy went from 2 to 3.
 */
export const OBSERVATIONS: ScoredObservation[] = [
  observation(
    '0b5e7a1c-1d2e-4f30-8a41-5b6c7d8e9f04',
    '2026-03-09',
    { 'self-monitoring': 5 },
    { status: 'draft', signedOffAt: null },
  ),
  observation(AMENDED, '2026-03-02', { 'supporting-competence-self-efficacy': 3 }),
  observation(SECOND, '2026-03-02', { 'supporting-competence-self-efficacy': 1 }, { supersededBy: AMENDED }),
  observation(FIRST, '2025-12-15', {
    'person-centred-approach': 4,
    'promoting-autonomy': 3,
    'action-planning-goal-setting': 3,
    'managing-setbacks-problem-solving': 3,
    'supporting-competence-self-efficacy': 2,
    'self-monitoring': 3,
  }),
];

/** What the API answers for Alex: the real engine's result for the signed-off, latest versions above. */
export function progressionResult(): ProgressionResult {
  const evidence = OBSERVATIONS.filter((seen) => seen.status === 'signed-off' && seen.supersededBy === null).flatMap(
    (seen) =>
      seen.items.map((item) => ({
        competency: item.itemId.replace('somerset:ac.', '') as AssessedCompetencyKey,
        score: item.score as DreyfusScore,
        observedOn: seen.observedOn,
        signedOffAt: seen.signedOffAt,
        signedOff: true,
        observationId: seen.id,
        supervisorId: SUPERVISOR_ID,
      })),
  );
  return evaluateProgression(
    { evidence, inductionComplete: true, attestation: null, experienceStartDate: '2020-06-15' },
    SOMERSET_DEFAULT_POLICY,
    AFC_PAY_SCALE_2020_21,
    AS_OF,
  );
}

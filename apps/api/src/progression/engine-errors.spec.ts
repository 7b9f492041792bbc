import { AFC_PAY_SCALE_2020_21, type PayScale } from '@ladder/competencies';
import {
  InvalidInputError as EngineInputError,
  InvalidPolicyError,
  SOMERSET_DEFAULT_POLICY,
  evaluateProgression,
  type EvidenceItem,
  type ProgressionInput,
} from '@ladder/dreyfus';
import { InvalidInputError } from '../common/domain-errors';
import { engineErrorAsBadRequest } from './engine-errors';

/** What the engine throws for an input, mapped as the what-if route maps it. */
function mapped(input: ProgressionInput, payScale: PayScale = AFC_PAY_SCALE_2020_21, asOf = '2026-03-15'): unknown {
  try {
    evaluateProgression(input, SOMERSET_DEFAULT_POLICY, payScale, asOf);
  } catch (error) {
    return engineErrorAsBadRequest(error);
  }
  throw new Error('the engine accepted the input');
}

const base: ProgressionInput = { evidence: [], inductionComplete: true, attestation: null, experienceStartDate: null };
const item: EvidenceItem = {
  competency: 'self-monitoring',
  score: 3,
  observedOn: '2026-01-10',
  signedOffAt: '2026-01-10T12:00:00Z',
  signedOff: true,
  observationId: 'obs-1',
  supervisorId: 'sup-1',
};

describe('engineErrorAsBadRequest', () => {
  it.each([
    [
      'an evidence field, named as the request validator names it',
      { ...base, evidence: [item, { ...item, signedOffAt: null }] },
      'evidence.1.signedOffAt must be an ISO datetime when signedOff is true (got null)',
    ],
    [
      'a score',
      { ...base, evidence: [{ ...item, score: 6 as EvidenceItem['score'] }] },
      'evidence.0.score: 6 is not a valid Dreyfus score; expected a whole number from 0 (Absence) to 5 (Expert)',
    ],
    [
      'the attestation date, under its request name',
      { ...base, attestation: { attestedOn: '2026-02-30' } },
      'attestationDate: "2026-02-30" is not a valid ISO date (YYYY-MM-DD)',
    ],
  ])('maps the engine’s error for %s to a 400 naming it', (_case, input, message) => {
    const error = mapped(input);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).errors).toEqual([message]);
  });

  it('maps a pay scale that cannot answer to a 400 naming payYear', () => {
    const noBand3: PayScale = { ...AFC_PAY_SCALE_2020_21, bands: AFC_PAY_SCALE_2020_21.bands.slice(1) };
    const error = mapped(base, noBand3) as InvalidInputError;
    expect(error.errors).toEqual(['payYear: pay year 2020/21 has no points for Band 3']);
  });

  it('maps every policy problem, each named under policy', () => {
    const error = engineErrorAsBadRequest(
      new InvalidPolicyError([
        { field: 'levels[0].threshold', message: 'must be a whole number from 0 to 5 (got 7)' },
        { field: 'version', message: 'must be a whole number of at least 1 (got 0)' },
      ]),
    ) as InvalidInputError;
    expect(error.errors).toEqual([
      'policy.levels.0.threshold must be a whole number from 0 to 5 (got 7)',
      'policy.version must be a whole number of at least 1 (got 0)',
    ]);
  });

  it('leaves any other error alone', () => {
    const failure = new TypeError('boom');
    expect(engineErrorAsBadRequest(failure)).toBe(failure);
    expect(engineErrorAsBadRequest(new EngineInputError('asOf', 'odd'))).toBeInstanceOf(InvalidInputError);
  });
});

import { AFC_PAY_SCALE_2020_21 } from '@ladder/competencies';

import { InvalidDateError, InvalidInputError } from './errors';
import type { ProgressionInput } from './evidence';
import { InvalidPolicyError, SOMERSET_DEFAULT_POLICY, type ProgressionPolicy } from './policy';
import { evaluateProgression } from './progression';
import { InvalidScoreError } from './scale';
import { AS_OF, evaluate, obs, worker } from './test-helpers';

/** Runs with one field of one evidence item replaced. */
function withEvidenceField(field: string, value: unknown): () => void {
  const item = { ...obs('person-centred-approach', 3, '2026-02-01'), [field]: value };
  const input = worker({ evidence: [obs('self-monitoring', 3, '2026-01-01'), item] as ProgressionInput['evidence'] });
  return () => evaluate(input);
}

describe('evaluateProgression rejects invalid input, naming the field', () => {
  it.each([
    ['2.5', 2.5],
    ['6', 6],
    ['-1', -1],
    ["'3'", '3'],
  ])('a score of %s', (label, value) => {
    const run = withEvidenceField('score', value);
    expect(run).toThrow(InvalidScoreError);
    expect(run).toThrow(`evidence[1].score: ${label.replace(/'/g, '"')} is not a valid Dreyfus score`);
  });

  it.each([
    ['observedOn', '2026-02-30', InvalidDateError],
    ['observedOn', '01/02/2026', InvalidDateError],
    ['observedOn', null, InvalidDateError],
    ['signedOffAt', '2026-02-01', InvalidDateError],
    ['signedOffAt', 'soon', InvalidDateError],
    ['competency', 'juggling', InvalidInputError],
    ['signedOff', 'yes', InvalidInputError],
    ['observationId', '', InvalidInputError],
    ['supervisorId', 42, InvalidInputError],
  ])('evidence %s = %j', (field, value, type) => {
    const run = withEvidenceField(field, value);
    expect(run).toThrow(type);
    expect(run).toThrow(`evidence[1].${field}: `);
  });

  it('signed-off evidence without a sign-off time', () => {
    expect(withEvidenceField('signedOffAt', null)).toThrow(
      'evidence[1].signedOffAt: must be an ISO datetime when signedOff is true (got null)',
    );
  });

  it('a draft may have no sign-off time', () => {
    const draft = obs('person-centred-approach', 3, '2026-02-01', { signedOffAt: null });
    expect(evaluate(worker({ evidence: [draft] })).level.key).toBe('entry');
  });

  it('invalid evidence is rejected even when it would be ignored (dated after the as-of date)', () => {
    const future = { ...obs('person-centred-approach', 3, '2026-12-01'), score: 9 };
    expect(() => evaluate(worker({ evidence: [future as ProgressionInput['evidence'][number]] }))).toThrow(
      'evidence[0].score',
    );
  });

  it.each([
    ['asOf', () => evaluate(worker(), SOMERSET_DEFAULT_POLICY, '15/03/2026')],
    ['attestation.attestedOn', () => evaluate(worker({ attestation: { attestedOn: '2026-02-30' } }))],
    ['experienceStartDate', () => evaluate(worker({ experienceStartDate: '2020' }))],
  ])('%s', (field, run) => {
    expect(run).toThrow(InvalidDateError);
    expect(run).toThrow(`${field}: `);
  });

  it.each([
    ['evidence', { ...worker(), evidence: 'none' }],
    ['evidence[0]', { ...worker(), evidence: [null] }],
    ['inductionComplete', { ...worker(), inductionComplete: 'yes' }],
    ['attestation', { ...worker(), attestation: '2026-01-01' }],
    ['attestation', { ...worker(), attestation: undefined }],
    ['input', null],
  ])('%s', (field, input) => {
    const run = () =>
      evaluateProgression(input as unknown as ProgressionInput, SOMERSET_DEFAULT_POLICY, AFC_PAY_SCALE_2020_21, AS_OF);
    expect(run).toThrow(InvalidInputError);
    expect(run).toThrow(`${field}: `);
  });

  it('an invalid policy', () => {
    const policy = { ...SOMERSET_DEFAULT_POLICY, currencyWindowMonths: 0 } as ProgressionPolicy;
    expect(() => evaluate(worker(), policy)).toThrow(InvalidPolicyError);
    expect(() => evaluate(worker(), policy)).toThrow('currencyWindowMonths: must be a whole number');
  });
});

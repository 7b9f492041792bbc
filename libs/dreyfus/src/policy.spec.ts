import { ASSESSED_COMPETENCY_KEYS } from '@ladder/competencies';

import { InvalidPolicyError, SOMERSET_DEFAULT_POLICY, derivePolicy, validatePolicy } from './policy';

/** A mutable deep copy of the default policy to break. */
function draft(): Record<string, unknown> & {
  levels: Record<string, unknown>[];
  pay: Record<string, Record<string, unknown>>;
} {
  return JSON.parse(JSON.stringify(SOMERSET_DEFAULT_POLICY));
}

describe('SOMERSET_DEFAULT_POLICY', () => {
  it('is somerset-default version 1 with an 18-month window and one supervisor', () => {
    expect(SOMERSET_DEFAULT_POLICY).toMatchObject({
      key: 'somerset-default',
      version: 1,
      currencyWindowMonths: 18,
      minDistinctSupervisors: 1,
    });
  });

  it('encodes the Somerset ladder: thresholds 3, 3, 3, 5', () => {
    expect(SOMERSET_DEFAULT_POLICY.levels).toEqual([
      {
        level: 'core',
        threshold: 3,
        competencies: ['person-centred-approach'],
        requiresInduction: true,
        requiresAttestation: false,
      },
      {
        level: 'level-1',
        threshold: 3,
        competencies: ['promoting-autonomy', 'action-planning-goal-setting', 'managing-setbacks-problem-solving'],
        requiresInduction: false,
        requiresAttestation: false,
      },
      {
        level: 'level-2',
        threshold: 3,
        competencies: ['supporting-competence-self-efficacy', 'self-monitoring'],
        requiresInduction: false,
        requiresAttestation: false,
      },
      {
        level: 'level-3',
        threshold: 5,
        competencies: [...ASSESSED_COMPETENCY_KEYS],
        requiresInduction: false,
        requiresAttestation: true,
      },
    ]);
  });

  it('maps levels to bands per Table 1', () => {
    expect(SOMERSET_DEFAULT_POLICY.pay).toEqual({
      entry: { band: 3, basis: 'bottom-of-band' },
      core: { band: 3, basis: 'bottom-of-band' },
      'level-1': { band: 3, basis: 'experience' },
      'level-2': { band: 4, basis: 'experience' },
      'level-3': { band: 5, basis: 'experience' },
    });
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(SOMERSET_DEFAULT_POLICY)).toBe(true);
    expect(Object.isFrozen(SOMERSET_DEFAULT_POLICY.levels[0])).toBe(true);
    expect(Object.isFrozen(SOMERSET_DEFAULT_POLICY.levels[0]?.competencies)).toBe(true);
    expect(Object.isFrozen(SOMERSET_DEFAULT_POLICY.pay.core)).toBe(true);
  });
});

describe('validatePolicy', () => {
  it('returns a validated frozen copy, and the same object when given one it made', () => {
    const copy = validatePolicy(draft());
    expect(copy).toEqual(SOMERSET_DEFAULT_POLICY);
    expect(Object.isFrozen(copy)).toBe(true);
    expect(validatePolicy(copy)).toBe(copy);
  });

  it('derives a new version', () => {
    const twelve = derivePolicy(SOMERSET_DEFAULT_POLICY, { version: 2, currencyWindowMonths: 12 });
    expect(twelve).toMatchObject({ key: 'somerset-default', version: 2, currencyWindowMonths: 12 });
  });

  type Breaker = (p: ReturnType<typeof draft>) => void;
  const cases: [string, Breaker, string, string][] = [
    ['a zero currency window', (p) => (p['currencyWindowMonths'] = 0), 'currencyWindowMonths', 'got 0'],
    ['a negative currency window', (p) => (p['currencyWindowMonths'] = -6), 'currencyWindowMonths', 'got -6'],
    ['a fractional currency window', (p) => (p['currencyWindowMonths'] = 1.5), 'currencyWindowMonths', 'got 1.5'],
    ['a currency window given as text', (p) => (p['currencyWindowMonths'] = '18'), 'currencyWindowMonths', 'got "18"'],
    ['zero distinct supervisors', (p) => (p['minDistinctSupervisors'] = 0), 'minDistinctSupervisors', 'got 0'],
    [
      'a threshold of 6',
      (p) => ((p.levels[3] as Record<string, unknown>)['threshold'] = 6),
      'levels[3].threshold',
      'got 6',
    ],
    [
      'a threshold of 2.5',
      (p) => ((p.levels[0] as Record<string, unknown>)['threshold'] = 2.5),
      'levels[0].threshold',
      'got 2.5',
    ],
    [
      'a threshold of -1',
      (p) => ((p.levels[1] as Record<string, unknown>)['threshold'] = -1),
      'levels[1].threshold',
      'got -1',
    ],
    ['version 0', (p) => (p['version'] = 0), 'version', 'got 0'],
    ['a non-kebab key', (p) => (p['key'] = 'Somerset Default'), 'key', 'got "Somerset Default"'],
    ['an empty title', (p) => (p['title'] = ' '), 'title', 'non-empty'],
    ['a misspelt field', (p) => (p['currencyWindowMonth'] = 12), 'currencyWindowMonth', 'is not a policy field'],
    ['levels out of order', (p) => p.levels.reverse(), 'levels[0].level', "must be 'core'"],
    ['a missing level', (p) => p.levels.pop(), 'levels', 'exactly 4 rules'],
    [
      'an unknown competency',
      (p) => ((p.levels[1] as Record<string, unknown>)['competencies'] = ['promoting-autonomy', 'juggling']),
      'levels[1].competencies[1]',
      'not an assessed competency key',
    ],
    [
      'a competency listed twice',
      (p) => ((p.levels[0] as Record<string, unknown>)['competencies'] = ['self-monitoring', 'self-monitoring']),
      'levels[0].competencies[1]',
      'listed twice',
    ],
    [
      'a non-boolean requiresInduction',
      (p) => ((p.levels[0] as Record<string, unknown>)['requiresInduction'] = 'yes'),
      'levels[0].requiresInduction',
      'true or false',
    ],
    ['pay band 6', (p) => ((p.pay['level-3'] as Record<string, unknown>)['band'] = 6), 'pay.level-3.band', 'got 6'],
    [
      'an unknown pay basis',
      (p) => ((p.pay['core'] as Record<string, unknown>)['basis'] = 'top'),
      'pay.core.basis',
      'got "top"',
    ],
    ['a missing pay rule', (p) => delete p.pay['level-2'], 'pay.level-2', 'must be an object'],
  ];

  it.each(cases)('rejects %s, naming the field', (_name, breakIt, field, detail) => {
    const policy = draft();
    breakIt(policy);
    let error: unknown;
    try {
      validatePolicy(policy);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidPolicyError);
    const invalid = error as InvalidPolicyError;
    expect(invalid.field).toBe(field);
    expect(invalid.message).toContain(`${field}: `);
    expect(invalid.message).toContain(detail);
  });

  it('lists every problem at once', () => {
    const policy = draft();
    policy['currencyWindowMonths'] = 0;
    policy['minDistinctSupervisors'] = 1.5;
    expect(() => validatePolicy(policy)).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ field: 'currencyWindowMonths' }),
          expect.objectContaining({ field: 'minDistinctSupervisors' }),
        ],
      }),
    );
  });

  it('rejects a non-object', () => {
    expect(() => validatePolicy(null)).toThrow('Invalid progression policy: policy: must be an object (got null)');
  });
});

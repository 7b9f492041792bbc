import type { SomersetLevel } from '@ladder/competencies';

import type { ProgressionInput } from './evidence';
import { derivePolicy, SOMERSET_DEFAULT_POLICY, type ProgressionPolicy } from './policy';
import { AS_OF, ALL, CORE, LEVEL_1, LEVEL_2, LEVEL_2_EVIDENCE, evaluate, obs, scores, worker } from './test-helpers';

const TWELVE_MONTHS = derivePolicy(SOMERSET_DEFAULT_POLICY, {
  key: 'somerset-12-month',
  title: 'Somerset with a 12-month currency window',
  currencyWindowMonths: 12,
});
const TWO_SUPERVISORS = derivePolicy(SOMERSET_DEFAULT_POLICY, {
  key: 'somerset-two-supervisors',
  title: 'Somerset, two distinct supervisors per competency',
  minDistinctSupervisors: 2,
});

interface LevelCase {
  name: string;
  input: ProgressionInput;
  level: SomersetLevel;
  policy?: ProgressionPolicy;
  asOf?: string;
}

const LEVEL_3_EVIDENCE = scores(ALL, 5, '2026-02-01');
const CURRENT_ATTESTATION = { attestedOn: '2026-01-05' };

describe('evaluateProgression: levels', () => {
  const cases: LevelCase[] = [
    // Every transition up the ladder.
    { name: 'a new recruit with no evidence is at Entry', input: worker(), level: 'entry' },
    {
      name: 'Entry → Core: induction complete and Person Centred Approach at 3',
      input: worker({ evidence: scores(CORE, 3, '2026-02-01') }),
      level: 'core',
    },
    {
      name: 'Core → Level 1: plus the three Level 1 competencies at 3',
      input: worker({ evidence: scores([...CORE, ...LEVEL_1], 3, '2026-02-01') }),
      level: 'level-1',
    },
    {
      name: 'Level 1 → Level 2: plus the two Level 2 competencies at 3',
      input: worker({ evidence: [...LEVEL_2_EVIDENCE] }),
      level: 'level-2',
    },
    {
      name: 'Level 2 → Level 3: all six at 5 and a current attestation',
      input: worker({ evidence: LEVEL_3_EVIDENCE, attestation: CURRENT_ATTESTATION }),
      level: 'level-3',
    },
    // The ladder: each level needs everything below it.
    {
      name: 'induction not complete holds an otherwise Level 2 worker at Entry',
      input: worker({ evidence: [...LEVEL_2_EVIDENCE], inductionComplete: false }),
      level: 'entry',
    },
    {
      name: 'Level 1 and 2 competencies without Person Centred Approach stay at Entry',
      input: worker({ evidence: scores([...LEVEL_1, ...LEVEL_2], 4, '2026-02-01') }),
      level: 'entry',
    },
    {
      name: 'Level 2 competencies without one Level 1 competency stay at Core',
      input: worker({ evidence: scores([...CORE, ...LEVEL_1.slice(1), ...LEVEL_2], 3, '2026-02-01') }),
      level: 'core',
    },
    // Score boundaries.
    {
      name: 'score 2 (Advanced Beginner) does not attain Core',
      input: worker({ evidence: scores(CORE, 2, '2026-02-01') }),
      level: 'entry',
    },
    {
      name: 'score 3 (Competent) attains Core',
      input: worker({ evidence: scores(CORE, 3, '2026-02-01') }),
      level: 'core',
    },
    {
      name: 'five at 5 and one at 4 (Proficient) stay at Level 2',
      input: worker({
        evidence: [...scores(ALL.slice(0, 5), 5, '2026-02-01'), obs('self-monitoring', 4, '2026-02-01')],
        attestation: CURRENT_ATTESTATION,
      }),
      level: 'level-2',
    },
    // Currency: as-of 2026-03-15, 18 months → observed 2024-09-15 or later counts.
    {
      name: '18 months minus a day (observed 2024-09-16) is current',
      input: worker({ evidence: scores(CORE, 3, '2024-09-16') }),
      level: 'core',
    },
    {
      name: 'exactly 18 months (observed 2024-09-15) is current',
      input: worker({ evidence: scores(CORE, 3, '2024-09-15') }),
      level: 'core',
    },
    {
      name: '18 months plus a day (observed 2024-09-14) has lapsed',
      input: worker({ evidence: scores(CORE, 3, '2024-09-14') }),
      level: 'entry',
    },
    {
      name: 'month-end: as-of 2026-08-31 counts from 2025-02-28 (the shorter month clamps)',
      input: worker({ evidence: scores(CORE, 3, '2025-02-28') }),
      asOf: '2026-08-31',
      level: 'core',
    },
    {
      name: 'month-end: as-of 2026-08-31 does not count 2025-02-27',
      input: worker({ evidence: scores(CORE, 3, '2025-02-27') }),
      asOf: '2026-08-31',
      level: 'entry',
    },
    // Sign-off.
    {
      name: 'a draft (not signed off) does not count',
      input: worker({ evidence: [obs('person-centred-approach', 3, '2026-02-01', { signedOffAt: null })] }),
      level: 'entry',
    },
    {
      name: 'the same observation signed off counts',
      input: worker({ evidence: [obs('person-centred-approach', 3, '2026-02-01')] }),
      level: 'core',
    },
    {
      name: 'signedOff false does not count even with a sign-off time',
      input: worker({ evidence: [obs('person-centred-approach', 3, '2026-02-01', { signedOff: false })] }),
      level: 'entry',
    },
    {
      name: 'signed off after the as-of day does not count yet',
      input: worker({
        evidence: [obs('person-centred-approach', 3, '2026-03-10', { signedOffAt: '2026-03-16T00:00:00Z' })],
      }),
      level: 'entry',
    },
    {
      name: 'signed off in the last second of the as-of day counts',
      input: worker({
        evidence: [obs('person-centred-approach', 3, '2026-03-10', { signedOffAt: '2026-03-15T23:59:59Z' })],
      }),
      level: 'core',
    },
    // Latest score decides.
    {
      name: 'a competency that fell back below 3 loses the level (latest 2 after an earlier 4)',
      input: worker({
        evidence: [
          obs('person-centred-approach', 4, '2025-06-01', { id: 'obs-1' }),
          obs('person-centred-approach', 2, '2026-01-10', { id: 'obs-2' }),
        ],
      }),
      level: 'entry',
    },
    {
      name: 'a recovery counts (latest 3 after an earlier 2)',
      input: worker({
        evidence: [
          obs('person-centred-approach', 3, '2026-01-10', { id: 'obs-2' }),
          obs('person-centred-approach', 2, '2025-06-01', { id: 'obs-1' }),
        ],
      }),
      level: 'core',
    },
    {
      name: 'tie on observed date: the later sign-off (score 3) wins',
      input: worker({
        evidence: [
          obs('person-centred-approach', 3, '2026-02-01', { id: 'obs-b', signedOffAt: '2026-02-03T15:00:00Z' }),
          obs('person-centred-approach', 2, '2026-02-01', { id: 'obs-a', signedOffAt: '2026-02-03T09:00:00Z' }),
        ],
      }),
      level: 'core',
    },
    {
      name: 'tie on observed date: the later sign-off (score 2) wins',
      input: worker({
        evidence: [
          obs('person-centred-approach', 3, '2026-02-01', { id: 'obs-b', signedOffAt: '2026-02-03T09:00:00Z' }),
          obs('person-centred-approach', 2, '2026-02-01', { id: 'obs-a', signedOffAt: '2026-02-03T15:00:00Z' }),
        ],
      }),
      level: 'entry',
    },
    {
      name: 'tie on observed date: sign-off times with offsets compare as instants',
      input: worker({
        evidence: [
          // 16:00+02:00 is 14:00Z, earlier than 15:00Z.
          obs('person-centred-approach', 3, '2026-02-01', { id: 'obs-b', signedOffAt: '2026-02-03T16:00:00+02:00' }),
          obs('person-centred-approach', 2, '2026-02-01', { id: 'obs-a', signedOffAt: '2026-02-03T15:00:00Z' }),
        ],
      }),
      level: 'entry',
    },
    {
      name: 'an observation after the as-of date is ignored',
      input: worker({ evidence: scores(CORE, 3, '2026-03-16') }),
      level: 'entry',
    },
    {
      name: 'an observation on the as-of date counts',
      input: worker({ evidence: scores(CORE, 3, '2026-03-15') }),
      level: 'core',
    },
    {
      name: 'a later observation after the as-of date does not displace the latest current one',
      input: worker({
        evidence: [...scores(CORE, 3, '2026-02-01'), ...scores(CORE, 1, '2026-04-01', { id: 'future' })],
      }),
      level: 'core',
    },
    // Level 3 attestation.
    {
      name: 'Level 3 evidence without an attestation stays at Level 2',
      input: worker({ evidence: LEVEL_3_EVIDENCE, attestation: null }),
      level: 'level-2',
    },
    {
      name: 'Level 3 evidence with a stale attestation (2024-09-14) stays at Level 2',
      input: worker({ evidence: LEVEL_3_EVIDENCE, attestation: { attestedOn: '2024-09-14' } }),
      level: 'level-2',
    },
    {
      name: 'Level 3 evidence with an attestation exactly 18 months old (2024-09-15) reaches Level 3',
      input: worker({ evidence: LEVEL_3_EVIDENCE, attestation: { attestedOn: '2024-09-15' } }),
      level: 'level-3',
    },
    {
      name: 'an attestation dated after the as-of date does not count',
      input: worker({ evidence: LEVEL_3_EVIDENCE, attestation: { attestedOn: '2026-03-16' } }),
      level: 'level-2',
    },
    // Non-default policies.
    {
      name: '12-month policy: evidence from 2025-01-10 has lapsed',
      input: worker({ evidence: scores(CORE, 3, '2025-01-10') }),
      policy: TWELVE_MONTHS,
      level: 'entry',
    },
    {
      name: 'default policy: the same 2025-01-10 evidence is current',
      input: worker({ evidence: scores(CORE, 3, '2025-01-10') }),
      level: 'core',
    },
    {
      name: '12-month policy: evidence from 2025-03-15 is current',
      input: worker({ evidence: scores(CORE, 3, '2025-03-15') }),
      policy: TWELVE_MONTHS,
      level: 'core',
    },
    {
      name: 'two-supervisor policy: two scores ≥ 3 from one supervisor are not enough',
      input: worker({
        evidence: [
          obs('person-centred-approach', 3, '2025-12-01', { id: 'obs-1', supervisor: 'sup-1' }),
          obs('person-centred-approach', 4, '2026-02-01', { id: 'obs-2', supervisor: 'sup-1' }),
        ],
      }),
      policy: TWO_SUPERVISORS,
      level: 'entry',
    },
    {
      name: 'two-supervisor policy: scores ≥ 3 from two distinct supervisors attain Core',
      input: worker({
        evidence: [
          obs('person-centred-approach', 3, '2025-12-01', { id: 'obs-1', supervisor: 'sup-1' }),
          obs('person-centred-approach', 4, '2026-02-01', { id: 'obs-2', supervisor: 'sup-2' }),
        ],
      }),
      policy: TWO_SUPERVISORS,
      level: 'core',
    },
    {
      name: 'two-supervisor policy: the latest score must still be ≥ 3',
      input: worker({
        evidence: [
          obs('person-centred-approach', 3, '2025-10-01', { id: 'obs-1', supervisor: 'sup-1' }),
          obs('person-centred-approach', 4, '2025-12-01', { id: 'obs-2', supervisor: 'sup-2' }),
          obs('person-centred-approach', 2, '2026-02-01', { id: 'obs-3', supervisor: 'sup-3' }),
        ],
      }),
      policy: TWO_SUPERVISORS,
      level: 'entry',
    },
    {
      name: 'two-supervisor policy: a lapsed second supervisor does not count',
      input: worker({
        evidence: [
          obs('person-centred-approach', 3, '2024-09-14', { id: 'obs-1', supervisor: 'sup-1' }),
          obs('person-centred-approach', 4, '2026-02-01', { id: 'obs-2', supervisor: 'sup-2' }),
        ],
      }),
      policy: TWO_SUPERVISORS,
      level: 'entry',
    },
  ];

  it.each(cases)('$name', ({ input, level, policy, asOf }) => {
    const result = evaluate(input, policy ?? SOMERSET_DEFAULT_POLICY, asOf ?? AS_OF);
    expect(result.level.key).toBe(level);
  });
});

describe('evaluateProgression: result shape', () => {
  it('names the level and the next level, and quotes the policy that produced it', () => {
    const result = evaluate(worker({ evidence: scores([...CORE, ...LEVEL_1], 3, '2026-02-01') }));
    expect(result.level).toEqual({ key: 'level-1', name: 'Level 1' });
    expect(result.nextLevel).toEqual({ key: 'level-2', name: 'Level 2' });
    expect(result.policy).toEqual({ key: 'somerset-default', version: 1 });
    expect(result.asOf).toBe(AS_OF);
    expect(result.currentFrom).toBe('2024-09-15');
  });

  it('quotes a non-default policy version', () => {
    const v2 = derivePolicy(SOMERSET_DEFAULT_POLICY, { version: 2, currencyWindowMonths: 24 });
    expect(evaluate(worker(), v2).policy).toEqual({ key: 'somerset-default', version: 2 });
  });

  it('has no next level and no gaps at Level 3', () => {
    const result = evaluate(worker({ evidence: LEVEL_3_EVIDENCE, attestation: CURRENT_ATTESTATION }));
    expect(result.nextLevel).toBeNull();
    expect(result.gaps).toEqual([]);
  });

  it('reports each competency: latest current score, its observation, flags and older evidence', () => {
    const result = evaluate(
      worker({
        evidence: [
          obs('person-centred-approach', 5, '2026-02-01', { id: 'obs-12', supervisor: 'sup-7' }),
          obs('person-centred-approach', 2, '2024-01-10', { id: 'obs-3' }),
          obs('promoting-autonomy', 3, '2026-01-20', { id: 'obs-13', signedOffAt: '2026-01-21T09:30:00Z' }),
          obs('self-monitoring', 4, '2026-03-01', { id: 'obs-14', signedOffAt: null }),
        ],
      }),
    );
    const [pca, autonomy, , , , selfMonitoring] = result.competencies;
    expect(result.competencies.map((c) => c.key)).toEqual([...ALL]);
    expect(pca).toEqual({
      key: 'person-centred-approach',
      title: 'Person Centred Approach',
      assessedAt: { key: 'core', name: 'Core' },
      latest: {
        score: 5,
        name: 'Expert',
        observedOn: '2026-02-01',
        signedOffAt: '2026-02-01T12:00:00Z',
        observationId: 'obs-12',
        supervisorId: 'sup-7',
      },
      attainedAt3: true,
      attainedAt5: true,
      requirements: [
        { level: { key: 'core', name: 'Core' }, threshold: 3, attained: true },
        { level: { key: 'level-3', name: 'Level 3' }, threshold: 5, attained: true },
      ],
      hasNonCurrentEvidence: true,
      lastNonCurrentObservedOn: '2024-01-10',
      awaitingSignOffObservedOn: null,
    });
    expect(autonomy?.latest?.name).toBe('Competent');
    expect(autonomy?.attainedAt3).toBe(true);
    expect(autonomy?.attainedAt5).toBe(false);
    expect(autonomy?.hasNonCurrentEvidence).toBe(false);
    expect(selfMonitoring?.latest).toBeNull();
    expect(selfMonitoring?.awaitingSignOffObservedOn).toBe('2026-03-01');
  });

  it('is plain JSON: a serialisation round trip changes nothing', () => {
    const result = evaluate(
      worker({
        evidence: [...LEVEL_3_EVIDENCE, obs('self-monitoring', 2, '2023-01-01')],
        attestation: { attestedOn: '2024-01-01' },
        experienceStartDate: '2019-05-01',
      }),
    );
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('does not depend on the order of the evidence', () => {
    const evidence = [
      obs('person-centred-approach', 3, '2026-02-01', { id: 'a', signedOffAt: '2026-02-02T10:00:00Z' }),
      obs('person-centred-approach', 2, '2026-02-01', { id: 'b', signedOffAt: '2026-02-02T10:00:00Z' }),
      ...scores(LEVEL_1, 3, '2026-01-01'),
    ];
    const forward = evaluate(worker({ evidence }));
    const backward = evaluate(worker({ evidence: [...evidence].reverse() }));
    expect(backward).toEqual(forward);
    // Same date and sign-off time: the higher observation id is taken as the later one.
    expect(forward.competencies[0]?.latest?.observationId).toBe('b');
  });

  it('accepts a plain (unvalidated) policy object and validates it', () => {
    const plain = JSON.parse(JSON.stringify(SOMERSET_DEFAULT_POLICY)) as ProgressionPolicy;
    expect(evaluate(worker({ evidence: scores(CORE, 3, '2026-02-01') }), plain).level.key).toBe('core');
  });
});

interface WordingCase {
  name: string;
  input: ProgressionInput;
  policy?: ProgressionPolicy;
  reasons?: string[];
  gaps: string[];
}

describe('evaluateProgression: reasons and gaps wording', () => {
  const cases: WordingCase[] = [
    {
      name: 'Entry with nothing yet',
      input: worker({ inductionComplete: false }),
      reasons: ['Entry: on recruitment'],
      gaps: ['Local induction not yet complete', 'Person Centred Approach: not yet observed; needs 3 (Competent)'],
    },
    {
      name: 'Core, with each kind of Level 1 gap',
      input: worker({
        evidence: [
          obs('person-centred-approach', 3, '2026-02-01', { id: 'obs-12' }),
          obs('action-planning-goal-setting', 4, '2024-01-10', { id: 'obs-2' }),
          obs('managing-setbacks-problem-solving', 2, '2026-03-01', { id: 'obs-13' }),
        ],
      }),
      reasons: [
        'Entry: on recruitment',
        'Core: local induction complete; Person Centred Approach scored 3 (Competent) on 2026-02-01 ' +
          '(observation obs-12)',
      ],
      gaps: [
        'Promoting Autonomy: not yet observed; needs 3 (Competent)',
        'Action Planning & Goal Setting: last observed 2024-01-10, no longer current (older than 18 months)',
        'Managing Setbacks & Problem Solving: latest score 2 (Advanced Beginner) on 2026-03-01; ' +
          'needs 3 (Competent)',
      ],
    },
    {
      name: 'a lapsed Core competency',
      input: worker({ evidence: [obs('person-centred-approach', 4, '2024-01-10')] }),
      gaps: ['Person Centred Approach: last observed 2024-01-10, no longer current (older than 18 months)'],
    },
    {
      name: 'a fallen-back competency quotes the latest score',
      input: worker({
        evidence: [
          obs('person-centred-approach', 4, '2025-06-01', { id: 'obs-1' }),
          obs('person-centred-approach', 2, '2026-01-10', { id: 'obs-2' }),
        ],
      }),
      gaps: ['Person Centred Approach: latest score 2 (Advanced Beginner) on 2026-01-10; needs 3 (Competent)'],
    },
    {
      name: 'a draft awaiting sign-off',
      input: worker({ evidence: [obs('person-centred-approach', 3, '2026-03-01', { signedOffAt: null })] }),
      gaps: ['Person Centred Approach: observation on 2026-03-01 not yet signed off; needs 3 (Competent)'],
    },
    {
      name: 'Level 2 to Level 3: scores below 5 and no attestation',
      input: worker({ evidence: [...LEVEL_2_EVIDENCE.slice(0, 5), ...scores(LEVEL_2, 5, '2026-02-01')] }),
      reasons: [
        'Entry: on recruitment',
        'Core: local induction complete; Person Centred Approach scored 3 (Competent) on 2026-01-10 ' +
          '(observation obs-person-centred-approach-2026-01-10)',
        'Level 1: Promoting Autonomy scored 3 (Competent) on 2026-01-10 (observation ' +
          'obs-promoting-autonomy-2026-01-10); Action Planning & Goal Setting scored 3 (Competent) on ' +
          '2026-01-10 (observation obs-action-planning-goal-setting-2026-01-10); Managing Setbacks & ' +
          'Problem Solving scored 3 (Competent) on 2026-01-10 (observation ' +
          'obs-managing-setbacks-problem-solving-2026-01-10)',
        'Level 2: Supporting Competence & Self Efficacy scored 5 (Expert) on 2026-02-01 (observation ' +
          'obs-supporting-competence-self-efficacy-2026-02-01); Self-monitoring scored 5 (Expert) on ' +
          '2026-02-01 (observation obs-self-monitoring-2026-02-01)',
      ],
      gaps: [
        'Person Centred Approach: latest score 3 (Competent) on 2026-01-10; needs 5 (Expert)',
        'Promoting Autonomy: latest score 3 (Competent) on 2026-01-10; needs 5 (Expert)',
        'Action Planning & Goal Setting: latest score 3 (Competent) on 2026-01-10; needs 5 (Expert)',
        'Managing Setbacks & Problem Solving: latest score 3 (Competent) on 2026-01-10; needs 5 (Expert)',
        'Employer attestation of wider responsibilities, leadership or specialisation: none current',
      ],
    },
    {
      name: 'Level 3 reasons name the attestation',
      input: worker({ evidence: scores(ALL, 5, '2026-02-01', { id: 'obs-9' }), attestation: CURRENT_ATTESTATION }),
      reasons: [
        'Entry: on recruitment',
        'Core: local induction complete; Person Centred Approach scored 5 (Expert) on 2026-02-01 (observation obs-9)',
        'Level 1: Promoting Autonomy scored 5 (Expert) on 2026-02-01 (observation obs-9); Action Planning & ' +
          'Goal Setting scored 5 (Expert) on 2026-02-01 (observation obs-9); Managing Setbacks & Problem ' +
          'Solving scored 5 (Expert) on 2026-02-01 (observation obs-9)',
        'Level 2: Supporting Competence & Self Efficacy scored 5 (Expert) on 2026-02-01 (observation obs-9); ' +
          'Self-monitoring scored 5 (Expert) on 2026-02-01 (observation obs-9)',
        'Level 3: Person Centred Approach scored 5 (Expert) on 2026-02-01 (observation obs-9); Promoting ' +
          'Autonomy scored 5 (Expert) on 2026-02-01 (observation obs-9); Action Planning & Goal Setting ' +
          'scored 5 (Expert) on 2026-02-01 (observation obs-9); Managing Setbacks & Problem Solving scored ' +
          '5 (Expert) on 2026-02-01 (observation obs-9); Supporting Competence & Self Efficacy scored 5 ' +
          '(Expert) on 2026-02-01 (observation obs-9); Self-monitoring scored 5 (Expert) on 2026-02-01 ' +
          '(observation obs-9); employer attestation of wider responsibilities, leadership or ' +
          'specialisation on 2026-01-05',
      ],
      gaps: [],
    },
    {
      name: 'a stale attestation says when it lapsed',
      input: worker({ evidence: LEVEL_3_EVIDENCE, attestation: { attestedOn: '2024-09-14' } }),
      gaps: [
        'Employer attestation of wider responsibilities, leadership or specialisation: none current ' +
          '(last attested 2024-09-14, older than 18 months)',
      ],
    },
    {
      name: 'a 12-month policy says 12 months',
      input: worker({ evidence: [obs('person-centred-approach', 3, '2025-01-10')] }),
      policy: TWELVE_MONTHS,
      gaps: ['Person Centred Approach: last observed 2025-01-10, no longer current (older than 12 months)'],
    },
    {
      name: 'two-supervisor policy: gap and reason count supervisors',
      input: worker({
        evidence: [
          obs('person-centred-approach', 3, '2025-12-01', { id: 'obs-1', supervisor: 'sup-1' }),
          obs('person-centred-approach', 4, '2026-02-01', { id: 'obs-2', supervisor: 'sup-2' }),
          obs('promoting-autonomy', 3, '2026-02-01', { id: 'obs-2', supervisor: 'sup-2' }),
        ],
      }),
      policy: TWO_SUPERVISORS,
      reasons: [
        'Entry: on recruitment',
        'Core: local induction complete; Person Centred Approach scored 4 (Proficient) on 2026-02-01 ' +
          '(observation obs-2; 2 distinct supervisors scored 3 or above)',
      ],
      gaps: [
        'Promoting Autonomy: scored 3 (Competent) or above by 1 distinct supervisor; needs 2 distinct supervisors',
        'Action Planning & Goal Setting: not yet observed; needs 3 (Competent)',
        'Managing Setbacks & Problem Solving: not yet observed; needs 3 (Competent)',
      ],
    },
  ];

  it.each(cases)('$name', ({ input, policy, reasons, gaps }) => {
    const result = evaluate(input, policy ?? SOMERSET_DEFAULT_POLICY);
    if (reasons !== undefined) expect(result.reasons).toEqual(reasons);
    expect(result.gaps).toEqual(gaps);
  });
});

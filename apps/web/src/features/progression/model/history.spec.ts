import { ASSESSED_COMPETENCIES } from '@ladder/competencies';
import { DREYFUS_SCALE } from '@ladder/dreyfus';
import { describe, expect, it } from 'vitest';
import { AMENDED, FIRST, OBSERVATIONS } from '../test/fixtures';
import { DREYFUS_NAMES, historyText, inPlainWords, scoreHistory, somersetItemIdOf } from './history';

describe('the copies of domain data the bundle keeps', () => {
  it('names the scores as Somerset Table 2 does', () => {
    expect(DREYFUS_NAMES).toEqual(DREYFUS_SCALE.map((point) => point.name));
  });

  it.each(ASSESSED_COMPETENCIES.map((competency) => [competency.key, competency.itemId]))(
    'finds %s’s Somerset item as %s',
    (key, itemId) => {
      expect(somersetItemIdOf(key)).toBe(itemId);
    },
  );
});

describe('scoreHistory', () => {
  it('keeps signed-off scores, oldest first, the latest version of an amended observation only', () => {
    expect(scoreHistory(OBSERVATIONS, 'somerset:ac.supporting-competence-self-efficacy')).toEqual([
      { observationId: FIRST, observedOn: '2025-12-15', score: 2 },
      { observationId: AMENDED, observedOn: '2026-03-02', score: 3 },
    ]);
  });

  it('leaves out drafts and items marked not observed', () => {
    const notObserved = OBSERVATIONS.map((observation) => ({
      ...observation,
      items: observation.items.map((item) => ({ ...item, score: null, notObserved: true })),
    }));
    expect(scoreHistory(notObserved, 'somerset:ac.self-monitoring')).toEqual([]);
    expect(scoreHistory(OBSERVATIONS, 'somerset:ac.self-monitoring').map((point) => point.score)).toEqual([3]);
  });

  it('orders two observations on the same day by sign-off', () => {
    const sameDay = [
      { ...OBSERVATIONS[1], id: 'b', signedOffAt: '2026-03-02T16:00:00.000Z' },
      {
        ...OBSERVATIONS[1],
        id: 'a',
        signedOffAt: '2026-03-02T09:00:00.000Z',
        items: [{ ...OBSERVATIONS[1].items[0], score: 2 }],
      },
    ];
    expect(scoreHistory(sameDay, OBSERVATIONS[1].items[0].itemId).map((point) => point.observationId)).toEqual([
      'a',
      'b',
    ]);
  });
});

describe('plain words', () => {
  it.each([
    [
      'Promoting Autonomy: latest score 2 (Advanced Beginner) on 2026-01-05; needs 3 (Competent)',
      'Promoting Autonomy: latest score 2 (Advanced Beginner) on 5 January 2026; needs 3 (Competent)',
    ],
    [
      'Core: local induction complete; Person Centred Approach scored 3 (Competent) on 2026-02-01 (observation 7d3f3c2e-0000-4000-8000-000000000701)',
      'Core: local induction complete; Person Centred Approach scored 3 (Competent) on 1 February 2026',
    ],
    [
      'Level 1: X scored 3 (Competent) on 2026-02-01 (observation 7d3f3c2e-0000-4000-8000-000000000701; 2 distinct supervisors scored 3 or above)',
      'Level 1: X scored 3 (Competent) on 1 February 2026 (2 distinct supervisors scored 3 or above)',
    ],
    ['Local induction not yet complete', 'Local induction not yet complete'],
  ])('%s', (sentence, expected) => {
    expect(inPlainWords(sentence)).toBe(expected);
  });

  it('says every point of a history', () => {
    expect(historyText([])).toBe('no signed-off scores yet');
    expect(
      historyText([
        { observationId: 'a', observedOn: '2025-12-15', score: 0 },
        { observationId: 'b', observedOn: '2026-03-02', score: 5 },
      ]),
    ).toBe('0 (Absence) on 15 December 2025; 5 (Expert) on 2 March 2026');
  });
});

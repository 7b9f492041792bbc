import fc from 'fast-check';
import {
  signOffProblemMessages,
  signOffProblems,
  type SignOffCandidate,
  type SignOffItem,
  type SignOffProblem,
} from './sign-off-readiness';

const PCA = 'somerset:ac.person-centred-approach';
const AUTONOMY = 'somerset:ac.promoting-autonomy';
const TODAY = '2026-01-10';

const item = (itemId: string, score: number | null, notObserved = false) => ({ itemId, score, notObserved });
const ready = { consentConfirmed: true, observedOn: '2026-01-10' };

describe('signOffProblems and signOffProblemMessages', () => {
  it.each<[string, ReturnType<typeof item>[], typeof ready, SignOffProblem[], string[]]>([
    ['every item scored', [item(PCA, 3), item(AUTONOMY, 0)], ready, [], []],
    ['one scored, one not observed', [item(PCA, 3), item(AUTONOMY, null, true)], ready, [], []],
    ['observed before today', [item(PCA, 3)], { ...ready, observedOn: '2025-12-31' }, [], []],
    [
      'an item neither scored nor marked',
      [item(PCA, 3), item(AUTONOMY, null)],
      ready,
      [{ kind: 'item-not-scored', index: 1 }],
      [`items.1.score: ${AUTONOMY} needs a score from 0 to 5, or marking as not observed`],
    ],
    [
      'everything not observed',
      [item(PCA, null, true)],
      ready,
      [{ kind: 'nothing-scored' }],
      ['items: at least one item must be scored; every item is marked not observed'],
    ],
    [
      'no consent',
      [item(PCA, 3)],
      { ...ready, consentConfirmed: false },
      [{ kind: 'consent-not-confirmed' }],
      ['consentConfirmed must be true: the person whose session was observed agreed to the observation'],
    ],
    [
      'a future date',
      [item(PCA, 3)],
      { ...ready, observedOn: '2026-01-11' },
      [{ kind: 'observed-after-today', observedOn: '2026-01-11' }],
      ['observedOn 2026-01-11 is after today: sign an observation off once it has happened'],
    ],
    [
      'everything at once, items first',
      [item(PCA, null), item(AUTONOMY, null)],
      { consentConfirmed: false, observedOn: '2026-02-01' },
      [
        { kind: 'item-not-scored', index: 0 },
        { kind: 'item-not-scored', index: 1 },
        { kind: 'consent-not-confirmed' },
        { kind: 'observed-after-today', observedOn: '2026-02-01' },
      ],
      [
        `items.0.score: ${PCA} needs a score from 0 to 5, or marking as not observed`,
        `items.1.score: ${AUTONOMY} needs a score from 0 to 5, or marking as not observed`,
        'consentConfirmed must be true: the person whose session was observed agreed to the observation',
        'observedOn 2026-02-01 is after today: sign an observation off once it has happened',
      ],
    ],
    ['no items: nothing to refuse about items', [], ready, [], []],
  ])('%s', (_case, items, header, problems, messages) => {
    expect(signOffProblems({ items, ...header }, TODAY)).toEqual(problems);
    expect(signOffProblemMessages({ items, ...header }, TODAY)).toEqual(messages);
  });

  it('ready exactly when every item is scored or not observed, one is scored, consent is given and the day has come', () => {
    const anItem: fc.Arbitrary<SignOffItem> = fc.oneof(
      fc.record({ score: fc.integer({ min: 0, max: 5 }), notObserved: fc.constant(false) }),
      fc.record({ score: fc.constant(null), notObserved: fc.boolean() }),
    );
    const candidate: fc.Arbitrary<SignOffCandidate> = fc.record({
      items: fc.array(anItem, { minLength: 1, maxLength: 6 }),
      consentConfirmed: fc.boolean(),
      observedOn: fc.constantFrom('2026-01-09', '2026-01-10', '2026-01-11'),
    });
    fc.assert(
      fc.property(candidate, (observation) => {
        const expected =
          observation.items.every((i) => i.score !== null || i.notObserved) &&
          observation.items.some((i) => i.score !== null) &&
          observation.consentConfirmed &&
          observation.observedOn <= TODAY;
        expect(signOffProblems(observation, TODAY).length === 0).toBe(expected);
      }),
    );
  });
});

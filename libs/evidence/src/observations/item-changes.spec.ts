import fc from 'fast-check';
import {
  applyItemChanges,
  sameItemValues,
  type ObservationItemChange,
  type ObservationItemValues,
} from './item-changes';

const PCA = 'somerset:ac.person-centred-approach';
const AUTONOMY = 'somerset:ac.promoting-autonomy';

function item(itemId: string, score: number | null, notObserved = false, evidenceNotes = ''): ObservationItemValues {
  return { itemId, score, notObserved, evidenceNotes };
}

/** The merged items of changes that must be accepted. */
function merged(stored: readonly ObservationItemValues[], changes: readonly ObservationItemChange[]) {
  const applied = applyItemChanges(stored, changes);
  if (!applied.ok) throw new Error(`refused: ${applied.problems.join('; ')}`);
  return applied;
}

describe('applyItemChanges', () => {
  const stored = [item(PCA, 2, false, 'notes'), item(AUTONOMY, null, true)];

  it.each<[string, ObservationItemChange, Partial<ObservationItemValues>]>([
    ['a new score', { itemId: PCA, score: 4 }, { score: 4, notObserved: false, evidenceNotes: 'notes' }],
    ['null clears the score', { itemId: PCA, score: null }, { score: null, notObserved: false }],
    ['not observed clears the score', { itemId: PCA, notObserved: true }, { score: null, notObserved: true }],
    ['a score clears not observed', { itemId: AUTONOMY, score: 1 }, { score: 1, notObserved: false }],
    ['notes alone keep the score', { itemId: PCA, evidenceNotes: 'more' }, { score: 2, evidenceNotes: 'more' }],
    ['observed again, unscored', { itemId: AUTONOMY, notObserved: false }, { score: null, notObserved: false }],
    ['a score of 0 is a score', { itemId: AUTONOMY, score: 0 }, { score: 0, notObserved: false }],
    [
      'not observed false with a score',
      { itemId: PCA, score: 5, notObserved: false },
      { score: 5, notObserved: false },
    ],
  ])('%s', (_case, change, expected) => {
    const { merged: items, changed } = merged(stored, [change]);
    expect(changed).toHaveLength(1);
    expect(items.find((m) => m.itemId === change.itemId)).toMatchObject(expected);
    expect(items.map((m) => m.itemId)).toEqual([PCA, AUTONOMY]);
  });

  it('reports each change with its request index and the item before and after', () => {
    const { changed } = merged(stored, [
      { itemId: AUTONOMY, score: 3 },
      { itemId: PCA, evidenceNotes: '' },
    ]);
    expect(changed).toEqual([
      { index: 0, previous: item(AUTONOMY, null, true), next: item(AUTONOMY, 3) },
      { index: 1, previous: item(PCA, 2, false, 'notes'), next: item(PCA, 2) },
    ]);
  });

  it('keeps only the item values of stored rows (a database row carries more)', () => {
    const row = { ...item(PCA, 1), observationId: 'obs-1', position: 0 };
    expect(merged([row], []).merged).toEqual([item(PCA, 1)]);
  });

  it.each<[ObservationItemChange[], string[]]>([
    [[{ itemId: 'x', score: 1 }], ['items.0.itemId must be one of this observation\'s planned items ("x" is not)']],
    [[{ itemId: PCA, score: 3, notObserved: true }], ['items.0.score must be null when notObserved is true']],
    [
      [{ itemId: PCA, score: 1 }, { itemId: PCA, score: 2 }, { itemId: 'y' }],
      [
        `items.1.itemId names "${PCA}" more than once`,
        'items.2.itemId must be one of this observation\'s planned items ("y" is not)',
      ],
    ],
  ])('refuses %j naming each field', (changes, problems) => {
    expect(applyItemChanges(stored, changes)).toEqual({ ok: false, problems });
  });

  describe('properties', () => {
    const itemIds = ['a', 'b', 'c', 'd'];
    const storedItems = fc
      .tuple(
        ...itemIds.map((itemId) =>
          fc
            .oneof(
              fc.record({ score: fc.integer({ min: 0, max: 5 }), notObserved: fc.constant(false) }),
              fc.record({ score: fc.constant(null), notObserved: fc.boolean() }),
            )
            .map(({ score, notObserved }) => item(itemId, score, notObserved)),
        ),
      )
      .map((items) => items as ObservationItemValues[]);
    const change = fc.record(
      {
        itemId: fc.constantFrom(...itemIds),
        score: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
        notObserved: fc.boolean(),
        evidenceNotes: fc.string({ maxLength: 5 }),
      },
      { requiredKeys: ['itemId'] },
    );

    it('accepted changes keep the planned items in their order, and never leave a scored item marked not observed', () => {
      fc.assert(
        fc.property(storedItems, fc.array(change, { maxLength: 6 }), (stored, changes) => {
          const applied = applyItemChanges(stored, changes);
          if (!applied.ok) return;
          expect(applied.merged.map((m) => m.itemId)).toEqual(itemIds);
          for (const m of applied.merged) expect(m.score !== null && m.notObserved).toBe(false);
          expect(applied.changed).toHaveLength(changes.length);
        }),
      );
    });

    it('no changes change nothing', () => {
      fc.assert(
        fc.property(storedItems, (stored) => {
          const applied = merged(stored, []);
          expect(applied.changed).toEqual([]);
          applied.merged.forEach((m, index) => expect(sameItemValues(m, stored[index])).toBe(true));
        }),
      );
    });
  });
});

describe('sameItemValues', () => {
  it.each([
    [item(PCA, 3), item(AUTONOMY, 3), true, 'the item id is not compared'],
    [item(PCA, 3), item(PCA, 4), false, 'another score'],
    [item(PCA, null), item(PCA, null, true), false, 'marked not observed'],
    [item(PCA, 3, false, 'a'), item(PCA, 3, false, 'b'), false, 'other notes'],
  ])('%j and %j: %s (%s)', (a, b, same) => {
    expect(sameItemValues(a, b)).toBe(same);
  });
});

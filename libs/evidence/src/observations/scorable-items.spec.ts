import { NHSE_SPLW_2023, SOMERSET_2021, WALES_SP_2023 } from '@ladder/competencies';
import { isScorableItem, scorableItems, variantCovers } from './scorable-items';

describe('scorableItems', () => {
  it.each([
    ['somerset', SOMERSET_2021, 6, 'somerset:ac.person-centred-approach', 'somerset:level.core'],
    ['nhse-splw', NHSE_SPLW_2023, 30, 'nhse-splw:3.02', 'nhse-splw:area-3'],
    ['wales-sp (areas and statements)', WALES_SP_2023, 31 + 283, 'wales-sp:1.2a', 'wales-sp:domain-1'],
  ])('%s: %i scorable items, including %s', (_name, version, count, id, notScorable) => {
    const items = scorableItems(version);
    expect(items.size).toBe(count);
    expect(items.has(id)).toBe(true);
    expect(items.has(notScorable)).toBe(false);
  });

  it('does not offer skills lists, guidance or rubric children as items to score', () => {
    const items = scorableItems(SOMERSET_2021);
    expect([...items.keys()]).toEqual([
      'somerset:ac.person-centred-approach',
      'somerset:ac.promoting-autonomy',
      'somerset:ac.action-planning-goal-setting',
      'somerset:ac.managing-setbacks-problem-solving',
      'somerset:ac.supporting-competence-self-efficacy',
      'somerset:ac.self-monitoring',
    ]);
  });
});

describe('variantCovers', () => {
  const nhse = scorableItems(NHSE_SPLW_2023);
  it.each([
    ['standard', 'nhse-splw:1.01', true],
    ['standard', 'nhse-splw:3.01', true],
    ['community-development', 'nhse-splw:3.01', true],
    ['community-development', 'nhse-splw:3.07', true],
    ['community-development', 'nhse-splw:1.01', false],
    ['community-development', 'nhse-splw:4.08', false],
  ] as const)('%s covers %s: %s', (variant, id, covered) => {
    expect(variantCovers(variant, nhse.get(id)!)).toBe(covered);
  });

  it('community development covers no Somerset item', () => {
    for (const item of scorableItems(SOMERSET_2021).values()) {
      expect(variantCovers('community-development', item)).toBe(false);
    }
  });
});

describe('isScorableItem', () => {
  it.each([
    ['assessed-competency', true],
    ['competency', true],
    ['competence-area', true],
    ['statement', true],
    ['level', false],
    ['area', false],
    ['domain', false],
    ['key-features', false],
    ['skills-list', false],
  ])('%s: %s', (type, scorable) => {
    expect(isScorableItem({ type })).toBe(scorable);
  });
});

import { LADDER_CROSSWALK } from './crosswalk/crosswalk';
import { NHSE_SPLW_2023 } from './frameworks/nhse-splw/nhse-splw';
import { SOMERSET_2021 } from './frameworks/somerset/somerset-2021';
import { WALES_SP_2023 } from './frameworks/wales-sp/wales-sp-2023';
import { crosswalkEntriesFor, flattenItems, frameworkKeyOf } from './views';

const CURRENT = [SOMERSET_2021, NHSE_SPLW_2023, WALES_SP_2023];

describe('crosswalkEntriesFor', () => {
  it('shows Promoting Autonomy as also counting for NHSE and Wales items, resolved to their text', () => {
    const entries = crosswalkEntriesFor(SOMERSET_2021, LADDER_CROSSWALK, CURRENT).filter(
      (entry) => entry.itemId === 'somerset:ac.promoting-autonomy',
    );
    const relatedKeys = new Set(entries.map((entry) => entry.related.frameworkKey));
    expect(relatedKeys).toEqual(new Set(['nhse-splw', 'wales-sp']));
    const wales = entries.find((entry) => entry.related.itemId === 'wales-sp:5.2a');
    expect(wales?.related.code).toBe('5.2a');
    expect(wales?.rationale.length).toBeGreaterThan(10);
  });

  it('gives every NHSE competency at least one entry, seen from NHSE', () => {
    const entries = crosswalkEntriesFor(NHSE_SPLW_2023, LADDER_CROSSWALK, CURRENT);
    const competencies = flattenItems(NHSE_SPLW_2023.items).filter((item) => item.type === 'competency');
    for (const competency of competencies) {
      expect(entries.some((entry) => entry.itemId === competency.id)).toBe(true);
    }
  });

  it('reads links in both directions: Wales items see the Somerset and NHSE items that link to them', () => {
    const entries = crosswalkEntriesFor(WALES_SP_2023, LADDER_CROSSWALK, CURRENT);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => frameworkKeyOf(entry.itemId) === 'wales-sp')).toBe(true);
    expect(entries.some((entry) => entry.related.frameworkKey === 'somerset')).toBe(true);
  });

  it('leaves out links whose other end is missing from the current versions', () => {
    expect(crosswalkEntriesFor(SOMERSET_2021, LADDER_CROSSWALK, [SOMERSET_2021])).toEqual([]);
  });
});

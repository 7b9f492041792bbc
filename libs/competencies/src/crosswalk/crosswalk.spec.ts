import type { FrameworkItem } from '../model';
import { NHSE_SPLW_2023 } from '../frameworks/nhse-splw/nhse-splw';
import { ASSESSED_COMPETENCIES } from '../somerset-assessed-competencies';
import { LADDER_CROSSWALK } from './crosswalk';

/**
 * The 31 competence areas of "The Competence Framework for Social Prescribing Practitioners in Wales,
 * 2: Competences" (December 2023), codes as printed in its contents ("1.2. a)" is written `1.2a`).
 */
const WALES_CODES = [
  '1.1',
  '1.2a',
  '1.2b',
  '1.2c',
  '1.3',
  '1.4',
  '1.5',
  '1.6',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
  '2.6',
  '2.7a',
  '2.7b',
  '3.1',
  '3.2',
  '3.3',
  '4.1',
  '4.2',
  '5.1',
  '5.2a',
  '5.2b',
  '5.2c',
  '5.3',
  '5.4',
  '5.5',
  '6.1',
  '6.2',
  '7.1',
] as const;

function collect(items: FrameworkItem[], out: FrameworkItem[] = []): FrameworkItem[] {
  for (const item of items) {
    out.push(item);
    collect(item.children ?? [], out);
  }
  return out;
}

const nhseCompetencyIds = collect(NHSE_SPLW_2023.items)
  .filter((item) => item.type === 'competency')
  .map((item) => item.id);
const somersetIds = ASSESSED_COMPETENCIES.map((c) => c.itemId);
const walesIds: string[] = WALES_CODES.map((code) => `wales-sp:${code}`);
const links = LADDER_CROSSWALK.links;
const endpoints = links.flatMap((l) => [l.from, l.to]);

const frameworkOf = (id: string): string => id.slice(0, id.indexOf(':'));

describe('Ladder crosswalk', () => {
  it('is version 2026.1 and says plainly it is Ladder’s own mapping', () => {
    expect(LADDER_CROSSWALK.version).toBe('2026.1');
    expect(LADDER_CROSSWALK.notice).toMatch(/Ladder/);
    expect(LADDER_CROSSWALK.notice).toMatch(/not part of any published framework/i);
  });

  it('keeps a list of the 31 Wales competence areas', () => {
    expect(WALES_CODES).toHaveLength(31);
    expect(new Set(WALES_CODES).size).toBe(31);
  });

  it('links every Somerset assessed competency to NHSE and to Wales', () => {
    expect(somersetIds).toHaveLength(6);
    for (const id of somersetIds) {
      const targets = links.filter((l) => l.from === id).map((l) => l.to);
      expect(targets.some((t) => t.startsWith('nhse-splw:'))).toBe(true);
      expect(targets.some((t) => t.startsWith('wales-sp:'))).toBe(true);
    }
  });

  it('links every one of the 30 NHSE competencies at least once', () => {
    expect(nhseCompetencyIds).toHaveLength(30);
    const linked = new Set(endpoints);
    expect(nhseCompetencyIds.filter((id) => !linked.has(id))).toEqual([]);
  });

  it('only uses ids that exist in the data', () => {
    for (const id of endpoints) {
      switch (frameworkOf(id)) {
        case 'somerset':
          expect(somersetIds).toContain(id);
          break;
        case 'nhse-splw':
          expect(nhseCompetencyIds).toContain(id);
          break;
        case 'wales-sp':
          expect(id).toMatch(/^wales-sp:[1-7]\.[1-7][abc]?$/);
          expect(walesIds).toContain(id);
          break;
        default:
          throw new Error(`unexpected framework in ${id}`);
      }
    }
  });

  it('links across frameworks, from Somerset when one side is Somerset, else from NHSE', () => {
    for (const l of links) {
      const from = frameworkOf(l.from);
      const to = frameworkOf(l.to);
      expect(from).not.toBe(to);
      expect(from).not.toBe('wales-sp');
      if (to === 'somerset') throw new Error(`${l.from} -> ${l.to} should start from Somerset`);
      if (from === 'nhse-splw') expect(to).toBe('wales-sp');
    }
  });

  it('has no duplicate links, in either direction', () => {
    const keys = links.map((l) => [l.from, l.to].sort().join(' <> '));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every link a known relation and a short, non-empty rationale', () => {
    for (const l of links) {
      expect(['isRelatedTo', 'exactMatchOf']).toContain(l.relation);
      expect(l.rationale.trim()).not.toBe('');
      expect(l.rationale).toBe(l.rationale.trim());
      expect(l.rationale.split(/(?<=[.!?])\s+(?=[A-Z])/).length).toBeLessThanOrEqual(2);
    }
  });

  it('keeps exactMatchOf for the few pairs that describe the same practice', () => {
    const exact = links.filter((l) => l.relation === 'exactMatchOf').map((l) => `${l.from} ${l.to}`);
    expect(exact).toEqual([
      'nhse-splw:2.05 wales-sp:2.3',
      'nhse-splw:4.03 wales-sp:2.4',
      'nhse-splw:4.08 wales-sp:6.2',
    ]);
  });
});

import type { FrameworkItem } from '../../model';
import { NHSE_SPLW_2023 } from './nhse-splw';

function walk(items: FrameworkItem[], visit: (item: FrameworkItem) => void): void {
  for (const item of items) {
    visit(item);
    walk(item.children ?? [], visit);
  }
}

function allItems(): FrameworkItem[] {
  const out: FrameworkItem[] = [];
  walk(NHSE_SPLW_2023.items, (item) => out.push(item));
  return out;
}

const areas = NHSE_SPLW_2023.items.filter((item) => item.type === 'area');
const competencies = areas.flatMap((a) => (a.children ?? []).filter((c) => c.type === 'competency'));

function byId(id: string): FrameworkItem {
  const found = allItems().find((item) => item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

function childOfType(item: FrameworkItem, type: string): FrameworkItem {
  const found = (item.children ?? []).filter((c) => c.type === type);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('NHSE SPLW competency framework (Annex A, B1569)', () => {
  it('is the published 2023.1 version of nhse-splw', () => {
    expect(NHSE_SPLW_2023.key).toBe('nhse-splw');
    expect(NHSE_SPLW_2023.version).toBe('2023.1');
    expect(NHSE_SPLW_2023.status).toBe('published');
    expect(NHSE_SPLW_2023.publisher).toBe('NHS England');
    expect(NHSE_SPLW_2023.source).toContain('B1569');
    expect(NHSE_SPLW_2023.publishedOn).toMatch(/^2023/);
  });

  it('has the four competency areas in order, with printed codes', () => {
    expect(areas.map((a) => a.id)).toEqual([
      'nhse-splw:area-1',
      'nhse-splw:area-2',
      'nhse-splw:area-3',
      'nhse-splw:area-4',
    ]);
    expect(areas.map((a) => a.code)).toEqual(['1', '2', '3', '4']);
    expect(areas.map((a) => a.title)).toEqual([
      'Competencies to engage and connect with people',
      'Competencies to enable and support people',
      'Competencies to enable community development',
      'Competencies for safe and effective practice',
    ]);
  });

  it('has 30 competencies: 9, 6, 7 and 8 per area, numbered <area>.<nn>', () => {
    expect(competencies).toHaveLength(30);
    expect(areas.map((a) => (a.children ?? []).filter((c) => c.type === 'competency').length)).toEqual([9, 6, 7, 8]);
    for (const a of areas) {
      (a.children ?? []).forEach((c, i) => {
        expect(c.id).toBe(`nhse-splw:${a.code}.${String(i + 1).padStart(2, '0')}`);
      });
    }
  });

  it('gives every competency a description with points and a route to achieve with points', () => {
    for (const c of competencies) {
      expect(c.title).toBe(c.text);
      expect((c.children ?? []).map((x) => x.type)).toEqual(['description', 'route-to-achieve']);
      const description = childOfType(c, 'description');
      const route = childOfType(c, 'route-to-achieve');
      expect((description.children ?? []).length).toBeGreaterThanOrEqual(1);
      expect((route.children ?? []).length).toBeGreaterThanOrEqual(1);
      for (const p of [...(description.children ?? []), ...(route.children ?? [])]) {
        expect(p.type).toBe('point');
      }
    }
  });

  it('keeps the document wording (one competency per area)', () => {
    expect(byId('nhse-splw:1.01').text).toBe('Gathers information and adapts questioning style for individual needs');
    expect(byId('nhse-splw:2.04').text).toBe(
      'Promotes and supports behaviour change through coaching and motivational interviewing techniques',
    );
    expect(byId('nhse-splw:3.02').text).toBe('Identifies and maps community assets, including essential information');
    expect(byId('nhse-splw:4.08').text).toBe('Records and demonstrates impact through multiple routes');
    expect(byId('nhse-splw:1.09').text).toBe('Able to utilise a range of consultation methods');
  });

  it('keeps the document wording (lead-in, bullet, sub-point, route)', () => {
    expect(byId('nhse-splw:1.02.description').text).toBe(
      'SPLWs should understand how active listening techniques to build a relationship with the individual they are working with and ensure the information they gather is accurate. This includes, but is not limited to:',
    );
    expect(byId('nhse-splw:1.01.description.p01').text).toBe(
      'Use open questions that cannot be answered with yes or no, e.g. “tell me more about…” allowing individuals to direct the conversation to what matters to them',
    );
    expect(byId('nhse-splw:2.04.description.p04').text).toBe(
      'Understand the theory behind ‘making every contact count’ and use all interactions with individuals to have conversations about health and wellbeing',
    );
    expect(byId('nhse-splw:4.02.description.p03').text).toBe('Training may include but is not limited to:');
    expect((byId('nhse-splw:4.02.description.p03').children ?? []).map((s) => s.text)).toEqual([
      'Safeguarding for children and adults',
      'Confidentiality',
      'Information governance and handling data',
      'Lone working',
      'Equality and diversity awareness',
      'Health and safety at work',
      'Domestic abuse awareness',
      'Mental Capacity Act awareness',
      'Emotional resilience',
      'Social welfare awareness',
      'Cultural competence',
    ]);
    expect(byId('nhse-splw:4.06.description.p06.s05').text).toBe('Carers');
    expect((byId('nhse-splw:2.02.route').children ?? []).map((p) => p.text)).toEqual([
      'Interactive skills training and e-learning including module 2: Developing personalised care and support plans with people',
      'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
      'Consider specific training on patient activation',
    ]);
    expect(byId('nhse-splw:4.03.route.p01').text).toBe(
      'Mandatory and statutory training and e-learning, including module 5: Safeguarding vulnerable people',
    );
    expect(byId('nhse-splw:area-3').text).toBe(
      'Effective social prescribing relies on a range of activities and support to refer people to in the community. The following competencies relate to the SPLW role in community development, including identifying, nurturing and supporting the development of community resources.',
    );
  });

  it('has unique ids, all in the nhse-splw namespace', () => {
    const ids = allItems().map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^nhse-splw:[a-z0-9.-]+$/);
  });

  it('has no empty or untidy text anywhere in the tree', () => {
    const items = allItems();
    expect(items.length).toBeGreaterThan(200);
    for (const item of items) {
      for (const value of [item.text, item.title ?? 'x']) {
        expect(value.trim()).not.toBe('');
        expect(value).toBe(value.trim());
        expect(value).not.toMatch(/\u00a0|<\/?[a-z][^>]*>| {2}|•/);
      }
    }
  });
});

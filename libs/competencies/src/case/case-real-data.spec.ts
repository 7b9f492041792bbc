import { LADDER_CROSSWALK } from '../crosswalk/crosswalk';
import { NHSE_SPLW_2023 } from '../frameworks/nhse-splw/nhse-splw';
import { SOMERSET_2021 } from '../frameworks/somerset/somerset-2021';
import { WALES_SP_2023 } from '../frameworks/wales-sp/wales-sp-2023';
import type { FrameworkItem, FrameworkVersion } from '../model';
import { ASSESSED_COMPETENCIES } from '../somerset-assessed-competencies';
import { toCasePackage } from './case-export';
import { fromCasePackage } from './case-import';
import { caseItemIdentifier } from './identifiers';

const BASE_URI = 'https://ladder.test/case';

function ids(items: FrameworkItem[]): string[] {
  return items.flatMap((item) => [item.id, ...ids(item.children ?? [])]);
}

describe.each<[string, FrameworkVersion]>([
  ['SOMERSET_2021', SOMERSET_2021],
  ['NHSE_SPLW_2023', NHSE_SPLW_2023],
  ['WALES_SP_2023', WALES_SP_2023],
])('CASE exchange of %s', (_name, version) => {
  const pkg = toCasePackage(version, { baseUri: BASE_URI, crosswalk: LADDER_CROSSWALK });

  it('round-trips exactly through CASE JSON', () => {
    const result = fromCasePackage(JSON.parse(JSON.stringify(pkg)), { key: version.key, version: '2099.1' });
    expect(result).toStrictEqual({ ok: true, version: { ...version, version: '2099.1' } });
  });

  it('exports every item once, with unique identifiers', () => {
    const itemIds = ids(version.items);
    expect(pkg.CFItems?.map((i) => i.identifier)).toEqual(itemIds.map(caseItemIdentifier));
    const all = [
      pkg.CFDocument.identifier,
      ...(pkg.CFItems ?? []).map((i) => i.identifier),
      ...(pkg.CFAssociations ?? []).map((a) => a.identifier),
    ];
    expect(new Set(all).size).toBe(all.length);
  });

  it('exports the crosswalk links that touch it, and only those', () => {
    const own = new Set(ids(version.items));
    const touching = LADDER_CROSSWALK.links.filter((l) => own.has(l.from) || own.has(l.to));
    const exported = (pkg.CFAssociations ?? []).filter(
      (a) => a.associationType === 'isRelatedTo' || a.associationType === 'exactMatchOf',
    );
    expect(exported.map((a) => a.notes)).toEqual(touching.map((l) => l.rationale));
  });
});

it('exports the Somerset rubrics on the six assessed competencies', () => {
  const pkg = toCasePackage(SOMERSET_2021, { baseUri: BASE_URI });
  const rubricItems = (pkg.CFRubrics ?? []).map((r) => r.CFRubricCriteria?.[0].CFItemURI?.identifier);
  expect(new Set(rubricItems)).toEqual(new Set(ASSESSED_COMPETENCIES.map((c) => caseItemIdentifier(c.itemId))));
  for (const rubric of pkg.CFRubrics ?? []) {
    expect(rubric.CFRubricCriteria?.[0].CFRubricCriterionLevels?.map((l) => l.score)).toEqual([0, 1, 2, 3, 4, 5]);
  }
});

import type { FrameworkVersion } from '../model';
import { BASE_URI, CROSSWALK, FIXTURE } from './case.fixtures';
import { LADDER_ITEM_ID_NOTE, caseItemUri, toCasePackage } from './case-export';
import type { CaseAssociation, CasePackage } from './case-types';
import {
  caseDocumentIdentifier,
  caseItemIdentifier,
  caseRubricCriterionIdentifier,
  caseRubricIdentifier,
} from './identifiers';

const CASE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const DFS_ORDER = [
  'somerset:level-1',
  'somerset:1.a',
  'somerset:1.a.s1',
  'somerset:1.a.s2',
  'somerset:1.a.s3',
  'somerset:1.b',
  'somerset:level-2',
  'somerset:2/odd id?#%',
  'somerset:guidance',
];

function exportFixture(version: FrameworkVersion = FIXTURE, crosswalk = true): CasePackage {
  return toCasePackage(version, { baseUri: `${BASE_URI}/`, ...(crosswalk && { crosswalk: CROSSWALK }) });
}

function byType(pkg: CasePackage, type: string): CaseAssociation[] {
  return (pkg.CFAssociations ?? []).filter((a) => a.associationType === type);
}

/** Every path in a JSON-like value whose value is `undefined` (invalid in JSON output). */
function undefinedPaths(value: unknown, path = '$'): string[] {
  if (value === undefined) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => undefinedPaths(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => undefinedPaths(v, `${path}.${k}`));
  }
  return [];
}

/** Every `identifier` in the package, wherever it sits (links excluded). */
function ownIdentifiers(pkg: CasePackage): string[] {
  const rubricIds = (pkg.CFRubrics ?? []).flatMap((r) => [
    r.identifier,
    ...(r.CFRubricCriteria ?? []).flatMap((c) => [
      c.identifier,
      ...(c.CFRubricCriterionLevels ?? []).map((l) => l.identifier),
    ]),
  ]);
  return [
    pkg.CFDocument.identifier,
    ...(pkg.CFItems ?? []).map((i) => i.identifier),
    ...(pkg.CFAssociations ?? []).map((a) => a.identifier),
    ...(pkg.CFDefinitions?.CFItemTypes ?? []).map((t) => t.identifier),
    ...(pkg.CFDefinitions?.CFAssociationGroupings ?? []).map((g) => g.identifier),
    ...rubricIds,
  ];
}

describe('toCasePackage', () => {
  describe('CFDocument', () => {
    it('carries the version metadata, source citation and publication date', () => {
      const doc = exportFixture().CFDocument;
      expect(doc).toEqual({
        identifier: caseDocumentIdentifier('somerset', '2021.1'),
        uri: `${BASE_URI}/frameworks/somerset/2021.1`,
        frameworkType: 'CompetencyFramework',
        caseVersion: '1.1',
        creator: 'Test Publisher',
        title: 'Test Framework for Social Prescribing',
        lastChangeDateTime: '2021-03-01T00:00:00Z',
        publisher: 'Test Publisher',
        version: '2021.1',
        adoptionStatus: 'Adopted',
        notes: 'Test Publisher (2021) Test Framework, Appendix 6',
        extensions: { ladder: { publishedOn: '2021-03' } },
      });
    });

    it("marks drafts as 'Draft' and puts a full publication date in statusStartDate", () => {
      const doc = exportFixture({ ...FIXTURE, status: 'draft', publishedOn: '2023-11-20' }).CFDocument;
      expect(doc.adoptionStatus).toBe('Draft');
      expect(doc.statusStartDate).toBe('2023-11-20');
      expect(doc.lastChangeDateTime).toBe('2023-11-20T00:00:00Z');
    });

    it('uses the given lastChangeDateTime and officialSourceURL everywhere', () => {
      const pkg = toCasePackage(FIXTURE, {
        baseUri: BASE_URI,
        lastChangeDateTime: '2024-05-06T07:08:09Z',
        officialSourceURL: 'https://example.org/framework.pdf',
      });
      expect(pkg.CFDocument.officialSourceURL).toBe('https://example.org/framework.pdf');
      const stamps = JSON.stringify(pkg).match(/"lastChangeDateTime":"[^"]*"/g) ?? [];
      expect(stamps.length).toBeGreaterThan(20);
      expect(new Set(stamps)).toEqual(new Set(['"lastChangeDateTime":"2024-05-06T07:08:09Z"']));
    });
  });

  describe('CFItems', () => {
    it('lists every item once, depth-first in document order', () => {
      const pkg = exportFixture();
      expect(pkg.CFItems?.map((i) => i.identifier)).toEqual(DFS_ORDER.map(caseItemIdentifier));
    });

    it('maps text, title, code and type, and numbers items among their siblings', () => {
      const [level1, competency, s1] = exportFixture().CFItems ?? [];
      expect(competency).toMatchObject({
        fullStatement: 'Works in a person-centred way.',
        abbreviatedStatement: 'Person Centred Approach',
        humanCodingScheme: '1.a',
        CFItemType: 'assessed-competency',
        listEnumeration: '1',
      });
      expect(level1.listEnumeration).toBe('1');
      expect(s1).not.toHaveProperty('abbreviatedStatement');
      expect(s1).not.toHaveProperty('humanCodingScheme');
      const items = exportFixture().CFItems ?? [];
      expect(items.map((i) => i.listEnumeration)).toEqual(['1', '1', '1', '2', '3', '2', '2', '1', '3']);
    });

    it('keeps the Ladder id recoverable from the uri and the notes', () => {
      const odd = (exportFixture().CFItems ?? [])[7];
      expect(odd.uri).toBe(`${BASE_URI}/items/somerset%3A2%2Fodd%20id%3F%23%25`);
      expect(odd.uri).toBe(caseItemUri(BASE_URI, 'somerset:2/odd id?#%'));
      expect(odd.notes).toBe(`${LADDER_ITEM_ID_NOTE}somerset:2/odd id?#%`);
    });

    it('defines each item type once and links items to it', () => {
      const pkg = exportFixture();
      const types = pkg.CFDefinitions?.CFItemTypes ?? [];
      expect(types.map((t) => t.title)).toEqual([
        'level',
        'assessed-competency',
        'statement',
        'competency',
        'sub-point',
        'guidance',
      ]);
      for (const item of pkg.CFItems ?? []) {
        const type = types.find((t) => t.title === item.CFItemType);
        expect(item.CFItemTypeURI).toEqual({ title: type?.title, identifier: type?.identifier, uri: type?.uri });
      }
    });
  });

  describe('CFAssociations', () => {
    it('links every item to its parent, and top-level items to the document, in sequence', () => {
      const pkg = exportFixture();
      const childOf = byType(pkg, 'isChildOf');
      expect(childOf).toHaveLength(DFS_ORDER.length);
      const edges = childOf.map((a) => [a.originNodeURI.identifier, a.destinationNodeURI.identifier, a.sequenceNumber]);
      const doc = pkg.CFDocument.identifier;
      expect(edges).toContainEqual([caseItemIdentifier('somerset:level-1'), doc, 1]);
      expect(edges).toContainEqual([caseItemIdentifier('somerset:level-2'), doc, 2]);
      expect(edges).toContainEqual([caseItemIdentifier('somerset:guidance'), doc, 3]);
      expect(edges).toContainEqual([caseItemIdentifier('somerset:1.a.s3'), caseItemIdentifier('somerset:1.a'), 3]);
      expect(edges).toContainEqual([caseItemIdentifier('somerset:1.b'), caseItemIdentifier('somerset:level-1'), 2]);
      const toDoc = childOf.find((a) => a.destinationNodeURI.identifier === doc);
      expect(toDoc?.destinationNodeURI).toEqual({
        title: FIXTURE.title,
        identifier: doc,
        uri: pkg.CFDocument.uri,
        targetType: 'CASE',
      });
    });

    it('gives link endpoints a title, identifier and uri', () => {
      const link = byType(exportFixture(), 'isChildOf')[1].originNodeURI;
      expect(link).toEqual({
        title: '1.a Person Centred Approach',
        identifier: caseItemIdentifier('somerset:1.a'),
        uri: caseItemUri(BASE_URI, 'somerset:1.a'),
        targetType: 'CASE',
      });
    });

    it('exports replacedBy, including to a successor outside the package', () => {
      const replaced = byType(exportFixture(), 'replacedBy');
      expect(replaced.map((a) => [a.originNodeURI.identifier, a.destinationNodeURI])).toEqual([
        [
          caseItemIdentifier('somerset:1.a.s2'),
          {
            title: 'Summarises and checks understanding.',
            identifier: caseItemIdentifier('somerset:1.a.s3'),
            uri: caseItemUri(BASE_URI, 'somerset:1.a.s3'),
            targetType: 'CASE',
          },
        ],
        [
          caseItemIdentifier('somerset:1.b'),
          {
            title: 'somerset:1.b-2024',
            identifier: caseItemIdentifier('somerset:1.b-2024'),
            uri: caseItemUri(BASE_URI, 'somerset:1.b-2024'),
            targetType: 'CASE',
          },
        ],
      ]);
    });

    it('exports crosswalk links touching this framework, with rationale and a grouping carrying the notice', () => {
      const pkg = exportFixture();
      const groupings = pkg.CFDefinitions?.CFAssociationGroupings ?? [];
      expect(groupings).toHaveLength(1);
      expect(groupings[0]).toMatchObject({ title: 'Ladder crosswalk 2024.1', description: CROSSWALK.notice });
      const groupingLink = { title: groupings[0].title, identifier: groupings[0].identifier, uri: groupings[0].uri };

      const related = byType(pkg, 'isRelatedTo');
      const exact = byType(pkg, 'exactMatchOf');
      expect(related).toHaveLength(1);
      expect(exact).toHaveLength(1);
      expect(related[0]).toMatchObject({
        originNodeURI: { identifier: caseItemIdentifier('somerset:1.a') },
        destinationNodeURI: { identifier: caseItemIdentifier('wales-sp:1.2a'), title: 'wales-sp:1.2a' },
        notes: 'Both describe person-centred conversations.',
        CFAssociationGroupingURI: groupingLink,
      });
      expect(exact[0]).toMatchObject({
        originNodeURI: { identifier: caseItemIdentifier('nhse-splw:3.1') },
        destinationNodeURI: { identifier: caseItemIdentifier('somerset:1.a.s1') },
        notes: 'Same statement about open questions.',
      });
    });

    it('omits the crosswalk grouping when no link touches the framework', () => {
      const pkg = toCasePackage(FIXTURE, {
        baseUri: BASE_URI,
        crosswalk: { ...CROSSWALK, links: CROSSWALK.links.slice(2) },
      });
      expect(pkg.CFDefinitions).not.toHaveProperty('CFAssociationGroupings');
      expect(byType(pkg, 'isRelatedTo')).toHaveLength(0);
    });
  });

  describe('CFRubrics', () => {
    it('exports one rubric per item with a rubric, each with one criterion and six levels', () => {
      const pkg = exportFixture();
      const rubrics = pkg.CFRubrics ?? [];
      expect(rubrics.map((r) => r.identifier)).toEqual([
        caseRubricIdentifier('somerset:1.a'),
        caseRubricIdentifier('somerset:2/odd id?#%'),
      ]);
      const [criterion] = rubrics[0].CFRubricCriteria ?? [];
      expect(rubrics[0].CFRubricCriteria).toHaveLength(1);
      expect(criterion).toMatchObject({
        identifier: caseRubricCriterionIdentifier('somerset:1.a'),
        CFItemURI: {
          title: '1.a Person Centred Approach',
          identifier: caseItemIdentifier('somerset:1.a'),
          uri: caseItemUri(BASE_URI, 'somerset:1.a'),
        },
        rubricId: rubrics[0].identifier,
        position: 1,
      });
      const levels = criterion.CFRubricCriterionLevels ?? [];
      expect(levels.map((l) => [l.score, l.position, l.quality])).toEqual([
        [0, 1, 'Absence'],
        [1, 2, 'Novice'],
        [2, 3, 'Advanced Beginner'],
        [3, 4, 'Competent'],
        [4, 5, 'Proficient'],
        [5, 6, 'Expert'],
      ]);
      expect(levels[2].description).toBe('Person centred: uses guidelines.');
      expect(levels.every((l) => l.rubricCriterionId === criterion.identifier)).toBe(true);
    });
  });

  describe('the package as a whole', () => {
    it('is deterministic', () => {
      expect(exportFixture()).toEqual(exportFixture());
    });

    it('has unique identifiers, all of them CASE-pattern UUIDs', () => {
      const ids = ownIdentifiers(exportFixture());
      expect(ids).toHaveLength(1 + 9 + 13 + 6 + 1 + 2 * (1 + 1 + 6));
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(CASE_UUID);
    });

    it('is plain JSON: no undefined values, unchanged by a JSON round trip', () => {
      const pkg = exportFixture();
      expect(undefinedPaths(pkg)).toEqual([]);
      expect(JSON.parse(JSON.stringify(pkg))).toStrictEqual(pkg);
    });

    it('refuses an invalid framework version, listing the problems', () => {
      const broken: FrameworkVersion = { ...FIXTURE, items: [FIXTURE.items[2], FIXTURE.items[2]] };
      expect(() => toCasePackage(broken, { baseUri: BASE_URI })).toThrow(
        /items\[1\]\.id: duplicate id somerset:guidance/,
      );
    });
  });
});

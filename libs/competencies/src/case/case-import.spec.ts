import type { FrameworkVersion } from '../model';
import { BASE_URI, CROSSWALK, FIXTURE } from './case.fixtures';
import { toCasePackage } from './case-export';
import { fromCasePackage, type CaseImportResult } from './case-import';
import type {
  CaseAssociation,
  CaseItem,
  CaseLinkGenUri,
  CasePackage,
  CaseRubricCriterion,
  CaseRubricCriterionLevel,
} from './case-types';
import { caseItemIdentifier } from './identifiers';

const TARGET = { key: 'somerset', version: '2099.7' } as const;
const OTHER_UUID = '00000000-0000-5000-8000-000000000000';

// Indexes into the exported fixture (items are depth-first; associations are
// isChildOf for each item in that order, then replacedBy, then crosswalk).
const I = { level1: 0, a: 1, s1: 2, s2: 3, s3: 4, b: 5, level2: 6, odd: 7, guidance: 8 } as const;
const A = { replacedS2: 9, replacedB: 10, related: 11, exact: 12 } as const;

/** A fresh, mutable copy of the fixture's package, as JSON would deliver it. */
function pkg(version: FrameworkVersion = FIXTURE): CasePackage {
  return JSON.parse(JSON.stringify(toCasePackage(version, { baseUri: BASE_URI, crosswalk: CROSSWALK }))) as CasePackage;
}
const items = (p: CasePackage): CaseItem[] => p.CFItems ?? [];
const associations = (p: CasePackage): CaseAssociation[] => p.CFAssociations ?? [];
const criterion = (p: CasePackage, rubric = 0): CaseRubricCriterion =>
  (p.CFRubrics ?? [])[rubric].CFRubricCriteria?.[0] as CaseRubricCriterion;
const levels = (p: CasePackage, rubric = 0): CaseRubricCriterionLevel[] =>
  criterion(p, rubric).CFRubricCriterionLevels ?? [];
/** Lets a test put a wrongly-typed value where the CASE types would not allow it. */
const loose = (value: object): Record<string, unknown> => value as Record<string, unknown>;
const itemLink = (p: CasePackage, index: number): CaseLinkGenUri => ({
  title: 'x',
  identifier: items(p)[index].identifier,
  uri: items(p)[index].uri,
});

function errorsOf(result: CaseImportResult): string[] {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
}

function versionOf(result: CaseImportResult): FrameworkVersion {
  if (!result.ok) throw new Error(`expected the import to succeed:\n${result.errors.join('\n')}`);
  return result.version;
}

describe('fromCasePackage', () => {
  describe('round trip', () => {
    it('restores the exported version exactly, except the version from the target', () => {
      expect(versionOf(fromCasePackage(pkg(), TARGET))).toStrictEqual({ ...FIXTURE, version: '2099.7' });
    });

    it('restores drafts and full publication dates', () => {
      const draft: FrameworkVersion = { ...FIXTURE, status: 'draft', publishedOn: '2023-11-20' };
      expect(versionOf(fromCasePackage(pkg(draft), { key: 'somerset', version: draft.version }))).toStrictEqual(draft);
    });

    it('does not depend on the order of CFItems, CFAssociations or levels', () => {
      const p = pkg();
      p.CFItems?.reverse();
      p.CFAssociations?.reverse();
      p.CFRubrics?.reverse();
      levels(p).reverse();
      expect(versionOf(fromCasePackage(p, TARGET))).toStrictEqual({ ...FIXTURE, version: '2099.7' });
    });

    it('falls back to listEnumeration when sequenceNumber is absent', () => {
      const p = pkg();
      p.CFItems?.reverse();
      for (const a of associations(p)) delete a.sequenceNumber;
      expect(versionOf(fromCasePackage(p, TARGET)).items).toStrictEqual(FIXTURE.items);
    });

    it('re-exports to the identical package', () => {
      const imported = versionOf(fromCasePackage(pkg(), { key: 'somerset', version: FIXTURE.version }));
      expect(toCasePackage(imported, { baseUri: BASE_URI, crosswalk: CROSSWALK })).toStrictEqual(pkg());
    });

    it('reads the Ladder id from notes when the uri is not a Ladder item uri', () => {
      const p = pkg();
      items(p)[I.guidance].uri = 'https://elsewhere.example/objects/42';
      expect(versionOf(fromCasePackage(p, TARGET)).items[2].id).toBe('somerset:guidance');
    });

    it('takes the publication date from statusStartDate when the Ladder extension is absent', () => {
      const p = pkg({ ...FIXTURE, publishedOn: '2021-03-15' });
      delete p.CFDocument.extensions;
      expect(versionOf(fromCasePackage(p, TARGET)).publishedOn).toBe('2021-03-15');
    });

    it('accepts extension association types and ignores them', () => {
      const p = pkg();
      associations(p)[A.related].associationType = 'ext:ladderMentions';
      expect(versionOf(fromCasePackage(p, TARGET)).items).toStrictEqual(FIXTURE.items);
    });
  });

  describe('rejects', () => {
    // Each case breaks one thing and names an error that must appear, path first.
    const cases: Array<[string, (p: CasePackage) => void, string]> = [
      [
        'an empty fullStatement',
        (p) => (items(p)[I.s2].fullStatement = ''),
        'CFItems[3].fullStatement: must be a non-empty string',
      ],
      [
        'a missing CFItemType',
        (p) => delete items(p)[I.b].CFItemType,
        'CFItems[5].CFItemType: must be a non-empty string',
      ],
      [
        'a non-string code',
        (p) => (loose(items(p)[I.a]).humanCodingScheme = 7),
        'CFItems[1].humanCodingScheme: must be a string when present',
      ],
      [
        'a non-UUID identifier',
        (p) => (items(p)[I.level1].identifier = 'item-1'),
        'CFItems[0].identifier: must be a UUID',
      ],
      [
        'a duplicate item identifier',
        (p) => (items(p)[I.s1].identifier = items(p)[I.a].identifier),
        `CFItems[2].identifier: duplicate identifier ${caseItemIdentifier('somerset:1.a')} (also at CFItems[1].identifier)`,
      ],
      [
        'an identifier shared by different kinds of object',
        (p) => ((p.CFRubrics ?? [])[0].identifier = p.CFDocument.identifier),
        'CFRubrics[0].identifier: duplicate identifier',
      ],
      [
        'a duplicate Ladder id',
        (p) => {
          items(p)[I.s1].uri = items(p)[I.s3].uri;
          items(p)[I.s1].notes = items(p)[I.s3].notes;
        },
        'CFItems[4]: duplicate Ladder item id somerset:1.a.s3 (also at CFItems[2])',
      ],
      [
        'an unrecoverable Ladder id',
        (p) => {
          items(p)[I.guidance].uri = 'https://elsewhere.example/objects/42';
          delete items(p)[I.guidance].notes;
        },
        'CFItems[8].uri: cannot recover the Ladder item id',
      ],
      [
        'a uri and notes that disagree on the Ladder id',
        (p) => (items(p)[I.guidance].notes = 'Ladder item id: somerset:other'),
        'CFItems[8]: Ladder id in uri (somerset:guidance) and notes (somerset:other) disagree',
      ],
      ['a missing CFDocument', (p) => delete loose(p).CFDocument, 'CFDocument: must be an object'],
      [
        'a missing document title',
        (p) => delete loose(p.CFDocument).title,
        'CFDocument.title: must be a non-empty string',
      ],
      ['a missing source citation', (p) => delete p.CFDocument.notes, 'CFDocument.notes: must be a non-empty string'],
      [
        'an unknown adoptionStatus',
        (p) => (p.CFDocument.adoptionStatus = 'Deprecated'),
        "CFDocument.adoptionStatus: must be 'Adopted' or 'Draft'",
      ],
      [
        'another caseVersion',
        (p) => (loose(p.CFDocument).caseVersion = '1.0'),
        "CFDocument.caseVersion: must be '1.1'",
      ],
      [
        'a missing publication date',
        (p) => delete p.CFDocument.extensions,
        'CFDocument.statusStartDate: a publication date is required here or in extensions.ladder.publishedOn',
      ],
      [
        'a malformed publication date',
        (p) => (p.CFDocument.extensions = { ladder: { publishedOn: 'March 2021' } }),
        'CFDocument.extensions.ladder.publishedOn: must be an ISO date YYYY-MM-DD, YYYY-MM or YYYY',
      ],
      [
        'a malformed lastChangeDateTime',
        (p) => (items(p)[I.s1].lastChangeDateTime = 'yesterday'),
        'CFItems[2].lastChangeDateTime: must be an ISO 8601 date-time',
      ],
      ['CFItems that is not an array', (p) => (loose(p).CFItems = {}), 'CFItems: must be an array when present'],
      [
        'an unknown association type',
        (p) => (loose(associations(p)[A.related]).associationType = 'likes'),
        'CFAssociations[11].associationType: must be a CASE association type',
      ],
      [
        'a fractional sequenceNumber',
        (p) => (associations(p)[I.s1].sequenceNumber = 1.5),
        'CFAssociations[2].sequenceNumber: must be an integer',
      ],
      [
        'an endpoint that is not a link object',
        (p) => (loose(associations(p)[I.s1]).originNodeURI = 'somerset:1.a.s1'),
        'CFAssociations[2].originNodeURI: must be an object {title, identifier, uri}',
      ],
      [
        'an endpoint without a uri',
        (p) => delete loose(associations(p)[I.s1].originNodeURI).uri,
        'CFAssociations[2].originNodeURI.uri: must be a non-empty string',
      ],
      [
        'a dangling isChildOf parent',
        (p) => (associations(p)[I.s1].destinationNodeURI.identifier = OTHER_UUID),
        `CFAssociations[2].destinationNodeURI: dangling: no CFItem or CFDocument ${OTHER_UUID} in this package`,
      ],
      [
        'a dangling isChildOf child',
        (p) => (associations(p)[I.s1].originNodeURI.identifier = OTHER_UUID),
        `CFAssociations[2].originNodeURI: dangling: no CFItem ${OTHER_UUID} in this package`,
      ],
      [
        'an item with no isChildOf',
        (p) => p.CFAssociations?.splice(I.guidance, 1),
        'CFItems[8]: unreachable: somerset:guidance has no isChildOf association to the CFDocument or to an item in the tree',
      ],
      [
        'an item below a dangling parent link',
        (p) => (associations(p)[I.a].destinationNodeURI.identifier = OTHER_UUID),
        'CFItems[1]: unreachable: somerset:1.a has no isChildOf association to the CFDocument or to an item in the tree',
      ],
      [
        'an item with two parents',
        (p) =>
          p.CFAssociations?.push({
            ...associations(p)[I.guidance],
            identifier: OTHER_UUID,
            destinationNodeURI: itemLink(p, I.level2),
          }),
        'CFAssociations[13]: CFItems[8] (somerset:guidance) already has a parent via CFAssociations[8]',
      ],
      [
        'a cycle',
        (p) => (associations(p)[I.level1].destinationNodeURI = itemLink(p, I.a)),
        'CFItems[0]: cycle in isChildOf associations: somerset:level-1 → somerset:1.a → somerset:level-1',
      ],
      [
        'an item that is its own parent',
        (p) => (associations(p)[I.guidance].destinationNodeURI = itemLink(p, I.guidance)),
        'CFItems[8]: cycle in isChildOf associations: somerset:guidance → somerset:guidance',
      ],
      [
        'siblings with the same sequenceNumber',
        (p) => (associations(p)[I.s2].sequenceNumber = 1),
        'is also used by CFAssociations[2] for the same parent, so the order is ambiguous',
      ],
      [
        'a replacedBy from outside the package',
        (p) => (associations(p)[A.replacedS2].originNodeURI.identifier = OTHER_UUID),
        `CFAssociations[9].originNodeURI: dangling: no CFItem ${OTHER_UUID} in this package`,
      ],
      [
        'a replacedBy whose successor cannot be identified',
        (p) => (associations(p)[A.replacedB].destinationNodeURI.uri = 'https://elsewhere.example/x'),
        "CFAssociations[10].destinationNodeURI.uri: cannot recover the successor's Ladder item id",
      ],
      [
        'two replacedBy for one item',
        (p) => p.CFAssociations?.push({ ...associations(p)[A.replacedB], identifier: OTHER_UUID }),
        'CFAssociations[13]: CFItems[5] (somerset:1.b) has more than one replacedBy association',
      ],
      [
        'a link touching nothing in the package',
        (p) => (associations(p)[A.related].originNodeURI.identifier = OTHER_UUID),
        'CFAssociations[11]: dangling: neither endpoint is in this package',
      ],
      [
        'a rubric with five levels',
        (p) => levels(p).pop(),
        'CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels: must have exactly 6 levels, scores 0..5 (got 5)',
      ],
      [
        'a rubric with seven levels',
        (p) => levels(p).push({ ...levels(p)[0], identifier: OTHER_UUID, score: 6 }),
        'CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels: must have exactly 6 levels, scores 0..5 (got 7)',
      ],
      [
        'a repeated score',
        (p) => (levels(p)[5].score = 4),
        'CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[5].score: score 4 appears more than once',
      ],
      [
        'a score outside 0..5',
        (p) => (levels(p, 1)[5].score = 6),
        'CFRubrics[1].CFRubricCriteria[0].CFRubricCriterionLevels[5].score: must be an integer 0..5',
      ],
      [
        'a missing score',
        (p) => delete levels(p)[0].score,
        'CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[0].score: must be an integer 0..5',
      ],
      [
        'a level without a rating',
        (p) => delete levels(p)[2].quality,
        'CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[2].quality: must be a non-empty string',
      ],
      [
        'a level without a descriptor',
        (p) => (levels(p)[3].description = ' '),
        'CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[3].description: must be a non-empty string',
      ],
      [
        'a rubric with no criteria',
        (p) => ((p.CFRubrics ?? [])[0].CFRubricCriteria = []),
        'CFRubrics[0].CFRubricCriteria: must be a non-empty array',
      ],
      [
        'a criterion with no item',
        (p) => delete criterion(p).CFItemURI,
        'CFRubrics[0].CFRubricCriteria[0].CFItemURI: must be an object {title, identifier, uri}',
      ],
      [
        'a criterion for an item not in the package',
        (p) => ((criterion(p).CFItemURI ?? { identifier: '' }).identifier = OTHER_UUID),
        `CFRubrics[0].CFRubricCriteria[0].CFItemURI: dangling: no CFItem ${OTHER_UUID} in this package`,
      ],
      [
        'two rubrics for one item',
        (p) => ((criterion(p, 1).CFItemURI ?? { identifier: '' }).identifier = items(p)[I.a].identifier),
        'CFRubrics[1].CFRubricCriteria[0]: CFItems[1] (somerset:1.a) already has a rubric at CFRubrics[0].CFRubricCriteria[0]',
      ],
      ['malformed definitions', (p) => (loose(p).CFDefinitions = []), 'CFDefinitions: must be an object when present'],
      [
        'an item type definition without a title',
        (p) => delete loose((p.CFDefinitions?.CFItemTypes ?? [])[0]).title,
        'CFDefinitions.CFItemTypes[0].title: must be a non-empty string',
      ],
    ];

    it.each(cases)('%s', (_name, breakIt, expected) => {
      const p = pkg();
      breakIt(p);
      expect(errorsOf(fromCasePackage(p, TARGET)).join('\n')).toContain(expected);
    });

    it('anything that is not an object', () => {
      for (const input of [null, 'CFPackage', 42, []]) {
        expect(errorsOf(fromCasePackage(input, TARGET))).toEqual(['CFPackage: must be an object']);
      }
    });

    it('and lists every problem, not just the first', () => {
      const p = pkg();
      items(p)[I.s2].fullStatement = '';
      delete items(p)[I.b].CFItemType;
      delete loose(p.CFDocument).title;
      levels(p).pop();
      expect(errorsOf(fromCasePackage(p, TARGET))).toEqual([
        'CFDocument.title: must be a non-empty string',
        'CFItems[3].fullStatement: must be a non-empty string',
        'CFItems[5].CFItemType: must be a non-empty string',
        'CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels: must have exactly 6 levels, scores 0..5 (got 5)',
      ]);
    });

    it('a package whose result would not be a valid framework version', () => {
      expect(errorsOf(fromCasePackage(pkg(), { key: 'wales-sp', version: '2023.1' }))).toContain(
        "imported framework: items[0].id: must start with 'wales-sp:' followed by a local path (got somerset:level-1)",
      );
      expect(errorsOf(fromCasePackage(pkg(), { key: 'somerset', version: 'v1' }))).toEqual([
        'imported framework: version: must look like YYYY.N, e.g. 2021.1',
      ]);
    });
  });
});

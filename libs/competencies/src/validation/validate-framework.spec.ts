import type { Crosswalk, FrameworkItem, FrameworkVersion, PayScale, RubricDescriptor } from '../model';
import { AFC_PAY_SCALE_2020_21 } from '../pay-scales/afc-2020-21';
import {
  FRAMEWORK_KEYS,
  isFrameworkKey,
  validateCrosswalk,
  validateFrameworkVersion,
  validatePayScale,
} from './validate-framework';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

// The fixtures are broken on purpose, in ways their types forbid; these write past the types.
const set = (target: object, key: string, value: unknown): void => void Reflect.set(target, key, value);
const unset = (target: object, key: string): void => void Reflect.deleteProperty(target, key);
const child = (v: FrameworkVersion, i: number): FrameworkItem => (v.items[0].children ?? [])[i];
const rubricOf = (v: FrameworkVersion): RubricDescriptor[] => child(v, 0).rubric ?? [];

const RUBRIC: RubricDescriptor[] = [
  { score: 0, rating: 'Absence', descriptor: 'Not seen.' },
  { score: 1, rating: 'Novice', descriptor: 'Follows rules.' },
  { score: 2, rating: 'Advanced Beginner', descriptor: 'Uses guidelines.' },
  { score: 3, rating: 'Competent', descriptor: 'Plans deliberately.' },
  { score: 4, rating: 'Proficient', descriptor: 'Sees the whole.' },
  { score: 5, rating: 'Expert', descriptor: 'Intuitive grasp.' },
];

const VERSION: FrameworkVersion = {
  key: 'wales-sp',
  version: '2023.1',
  title: 'All Wales Social Prescribing Practitioner Competency Framework',
  publisher: 'Test Publisher',
  publishedOn: '2023-06',
  source: 'Test Publisher (2023), Section 2',
  status: 'published',
  items: [
    {
      id: 'wales-sp:1',
      type: 'domain',
      code: '1',
      title: 'Domain 1',
      text: 'Domain one.',
      children: [
        { id: 'wales-sp:1.1', type: 'competence-area', text: 'Area one.', rubric: RUBRIC },
        { id: 'wales-sp:1.2', type: 'statement', text: 'Statement two.', replacedBy: 'wales-sp:1.3' },
      ],
    },
    { id: 'wales-sp:2', type: 'domain', text: 'Domain two.' },
  ],
};

const CROSSWALK: Crosswalk = {
  version: '2024.1',
  notice: "Ladder's own mapping; not part of any published framework.",
  links: [
    { from: 'wales-sp:1.1', to: 'somerset:a', relation: 'isRelatedTo', rationale: 'Both cover listening.' },
    { from: 'wales-sp:2', to: 'somerset:b', relation: 'exactMatchOf', rationale: 'Same wording.' },
  ],
};

const SOMERSET: FrameworkVersion = {
  ...VERSION,
  key: 'somerset',
  items: [
    { id: 'somerset:a', type: 'competency', text: 'A.' },
    { id: 'somerset:b', type: 'competency', text: 'B.' },
  ],
};

describe('framework keys', () => {
  it('lists every key of the model', () => {
    expect(FRAMEWORK_KEYS).toEqual(['somerset', 'nhse-splw', 'wales-sp']);
    expect(isFrameworkKey('wales-sp')).toBe(true);
    expect(isFrameworkKey('scotland')).toBe(false);
    expect(isFrameworkKey('toString')).toBe(false);
  });
});

describe('validateFrameworkVersion', () => {
  it('accepts a valid version', () => {
    expect(validateFrameworkVersion(VERSION)).toEqual([]);
  });

  it('accepts a full or year-only publication date, and a draft', () => {
    expect(validateFrameworkVersion({ ...VERSION, publishedOn: '2023-06-30', status: 'draft' })).toEqual([]);
    expect(validateFrameworkVersion({ ...VERSION, publishedOn: '2023' })).toEqual([]);
  });

  it('rejects anything but an object', () => {
    expect(validateFrameworkVersion(null)).toEqual(['version: must be an object']);
    expect(validateFrameworkVersion([])).toEqual(['version: must be an object']);
  });

  // [rule, how to break it, the error that must be reported]
  const cases: Array<[string, (v: FrameworkVersion) => void, string]> = [
    ['key is a framework key', (v) => set(v, 'key', 'scotland'), 'key: must be one of somerset, nhse-splw, wales-sp'],
    ['version is YYYY.N', (v) => set(v, 'version', '2023'), 'version: must look like YYYY.N'],
    ['version has no suffix', (v) => set(v, 'version', '2023.1-beta'), 'version: must look like YYYY.N'],
    ['title is non-empty', (v) => set(v, 'title', '  '), 'title: must be a non-empty string'],
    ['publisher is non-empty', (v) => unset(v, 'publisher'), 'publisher: must be a non-empty string'],
    ['source is non-empty', (v) => set(v, 'source', ''), 'source: must be a non-empty string'],
    [
      'publishedOn is a date',
      (v) => set(v, 'publishedOn', '2023-13'),
      'publishedOn: must be an ISO date YYYY-MM-DD, YYYY-MM or YYYY',
    ],
    ['publishedOn is a real day', (v) => set(v, 'publishedOn', '2023-02-30'), 'publishedOn: must be an ISO date'],
    ['publishedOn is ISO', (v) => set(v, 'publishedOn', 'June 2023'), 'publishedOn: must be an ISO date'],
    ['status is draft or published', (v) => set(v, 'status', 'final'), "status: must be 'draft' or 'published'"],
    ['items is an array', (v) => set(v, 'items', {}), 'items: must be an array'],
    ['items are objects', (v) => set(v.items, '1', 'x'), 'items[1]: must be an object'],
    ['ids are present', (v) => unset(v.items[1], 'id'), 'items[1].id: must be a non-empty string'],
    [
      'ids are unique across the tree',
      (v) => set(v.items[1], 'id', 'wales-sp:1.2'),
      'items[1].id: duplicate id wales-sp:1.2 (first used at items[0].children[1])',
    ],
    [
      'ids start with the key',
      (v) => set(child(v, 0), 'id', 'somerset:1.1'),
      "items[0].children[0].id: must start with 'wales-sp:' followed by a local path (got somerset:1.1)",
    ],
    [
      'ids have a local path',
      (v) => set(v.items[1], 'id', 'wales-sp:'),
      "items[1].id: must start with 'wales-sp:' followed by a local path",
    ],
    [
      'text is non-empty',
      (v) => set(child(v, 1), 'text', ' \n '),
      'items[0].children[1].text: must be a non-empty string',
    ],
    ['text is present', (v) => unset(v.items[0], 'text'), 'items[0].text: must be a non-empty string'],
    [
      'text is trimmed',
      (v) => set(v.items[1], 'text', 'Domain two. '),
      'items[1].text: must not start or end with whitespace',
    ],
    ['type is kebab-case', (v) => set(v.items[0], 'type', 'Domain'), 'items[0].type: must be kebab-case'],
    ['type has no underscores', (v) => set(v.items[0], 'type', 'competence_area'), 'items[0].type: must be kebab-case'],
    [
      'type has no stray hyphens',
      (v) => set(v.items[0], 'type', 'competence--area'),
      'items[0].type: must be kebab-case',
    ],
    [
      'code is non-empty when present',
      (v) => set(v.items[0], 'code', ''),
      'items[0].code: must be a non-empty string when present',
    ],
    [
      'title is a string when present',
      (v) => set(v.items[0], 'title', 3),
      'items[0].title: must be a non-empty string when present',
    ],
    [
      'children is an array',
      (v) => set(v.items[1], 'children', 'none'),
      'items[1].children: must be an array when present',
    ],
    [
      'replacedBy is not the own id',
      (v) => set(child(v, 1), 'replacedBy', 'wales-sp:1.2'),
      "items[0].children[1].replacedBy: must not be the item's own id",
    ],
    [
      'replacedBy is non-empty',
      (v) => set(child(v, 1), 'replacedBy', ''),
      'items[0].children[1].replacedBy: must be a non-empty string',
    ],
    [
      'rubrics have six descriptors',
      (v) => rubricOf(v).pop(),
      'items[0].children[0].rubric: must have exactly 6 descriptors, scores 0..5',
    ],
    [
      'rubrics are arrays',
      (v) => set(child(v, 0), 'rubric', {}),
      'items[0].children[0].rubric: must have exactly 6 descriptors',
    ],
    [
      'rubric scores run 0..5 in order',
      (v) => rubricOf(v).reverse(),
      'items[0].children[0].rubric[0].score: must be 0 (scores run 0..5 in order)',
    ],
    [
      'rubric ratings are non-empty',
      (v) => set(rubricOf(v)[3], 'rating', ''),
      'items[0].children[0].rubric[3].rating: must be a non-empty string',
    ],
    [
      'rubric descriptors are non-empty',
      (v) => unset(rubricOf(v)[5], 'descriptor'),
      'items[0].children[0].rubric[5].descriptor: must be a non-empty string',
    ],
  ];

  it.each(cases)('%s', (_rule, breakIt, expected) => {
    const v = clone(VERSION);
    breakIt(v);
    const errors = validateFrameworkVersion(v);
    expect(errors.join('\n')).toContain(expected);
  });

  it('reports every problem at once', () => {
    const v = clone(VERSION);
    v.title = '';
    v.items[1].text = '';
    rubricOf(v)[2].rating = '';
    expect(validateFrameworkVersion(v)).toEqual([
      'title: must be a non-empty string',
      'items[0].children[0].rubric[2].rating: must be a non-empty string',
      'items[1].text: must be a non-empty string',
    ]);
  });
});

describe('validatePayScale', () => {
  it('accepts the real AfC 2020/21 scale', () => {
    expect(validatePayScale(AFC_PAY_SCALE_2020_21)).toEqual([]);
  });

  it('rejects anything but an object', () => {
    expect(validatePayScale('2020/21')).toEqual(['payScale: must be an object']);
  });

  // Band 3 of the real scale has 7 points; band 5 has 8.
  const cases: Array<[string, (p: PayScale) => void, string]> = [
    ['year looks like 2020/21', (p) => set(p, 'year', '2020-21'), 'year: must look like 2020/21'],
    [
      'year parts are consecutive',
      (p) => set(p, 'year', '2020/22'),
      'year: second part must be the year after the first (got 2020/22)',
    ],
    ['title is non-empty', (p) => set(p, 'title', ''), 'title: must be a non-empty string'],
    ['source is non-empty', (p) => unset(p, 'source'), 'source: must be a non-empty string'],
    ['bands is an array', (p) => set(p, 'bands', null), 'bands: must be an array'],
    [
      'there are exactly three bands',
      (p) => p.bands.pop(),
      'bands: must be bands 3, 4 and 5, each once, in ascending order (got 3, 4)',
    ],
    [
      'bands are in ascending order',
      (p) => p.bands.reverse(),
      'bands: must be bands 3, 4 and 5, each once, in ascending order (got 5, 4, 3)',
    ],
    [
      'each band appears once',
      (p) => set(p.bands[2], 'band', 4),
      'bands: must be bands 3, 4 and 5, each once, in ascending order (got 3, 4, 4)',
    ],
    ['a band has points', (p) => set(p.bands[1], 'points', []), 'bands[1].points: must be a non-empty array'],
    [
      'points start at 0 years',
      (p) => set(p.bands[0].points[0], 'minYears', 1),
      'bands[0].points[0].minYears: the first point must start at 0 years',
    ],
    [
      'points are contiguous',
      (p) => set(p.bands[0].points[3], 'minYears', 4),
      "bands[0].points[3].minYears: must equal the previous point's maxYears (3) so rows are contiguous",
    ],
    [
      'minYears is a non-negative integer',
      (p) => set(p.bands[0].points[2], 'minYears', 2.5),
      'bands[0].points[2].minYears: must be a non-negative integer',
    ],
    [
      'the last point is open-ended',
      (p) => set(p.bands[2].points[7], 'maxYears', 8),
      'bands[2].points[7].maxYears: the last point must be open-ended (null)',
    ],
    [
      'only the last point is open-ended',
      (p) => set(p.bands[1].points[2], 'maxYears', null),
      'bands[1].points[2].maxYears: only the last point may be open-ended (null)',
    ],
    [
      'maxYears exceeds minYears',
      (p) => set(p.bands[1].points[2], 'maxYears', 2),
      'bands[1].points[2].maxYears: must be greater than minYears',
    ],
    [
      'hourly pay is a positive integer',
      (p) => set(p.bands[0].points[0], 'hourlyPence', 0),
      'bands[0].points[0].hourlyPence: must be a positive integer',
    ],
    [
      'hourly pay is whole pence',
      (p) => set(p.bands[0].points[0], 'hourlyPence', 1012.5),
      'bands[0].points[0].hourlyPence: must be a positive integer',
    ],
    [
      'annual pay is a positive integer',
      (p) => set(p.bands[1].points[1], 'annualPounds', -1),
      'bands[1].points[1].annualPounds: must be a positive integer',
    ],
    [
      'hourly pay ascends along the band',
      (p) => set(p.bands[2].points[5], 'hourlyPence', 1400),
      "bands[2].points[5].hourlyPence: must not be lower than the previous point's (1405)",
    ],
    [
      'annual pay ascends along the band',
      (p) => set(p.bands[0].points[6], 'annualPounds', 21000),
      "bands[0].points[6].annualPounds: must not be lower than the previous point's (21142)",
    ],
    ['points are objects', (p) => set(p.bands[0].points, '1', 7), 'bands[0].points[1]: must be an object'],
  ];

  it.each(cases)('%s', (_rule, breakIt, expected) => {
    const p = clone(AFC_PAY_SCALE_2020_21);
    breakIt(p);
    expect(validatePayScale(p).join('\n')).toContain(expected);
  });

  it('accepts a single open-ended point', () => {
    const scale: PayScale = {
      ...AFC_PAY_SCALE_2020_21,
      year: '2099/00',
      bands: AFC_PAY_SCALE_2020_21.bands.map((b) => ({ ...b, points: [{ ...b.points[0], maxYears: null }] })),
    };
    expect(validatePayScale(scale)).toEqual([]);
  });
});

describe('validateCrosswalk', () => {
  it('accepts links between items of the given versions', () => {
    expect(validateCrosswalk(CROSSWALK, [VERSION, SOMERSET])).toEqual([]);
  });

  it('rejects anything but an object', () => {
    expect(validateCrosswalk([], [VERSION])).toEqual(['crosswalk: must be an object']);
  });

  const cases: Array<[string, (c: Crosswalk) => void, string]> = [
    ['notice is non-empty', (c) => set(c, 'notice', ' '), 'notice: must be a non-empty string'],
    ['version is non-empty', (c) => unset(c, 'version'), 'version: must be a non-empty string'],
    ['links is an array', (c) => set(c, 'links', 'none'), 'links: must be an array'],
    ['links are objects', (c) => set(c.links, '0', null), 'links[0]: must be an object'],
    [
      'from exists',
      (c) => set(c.links[0], 'from', 'wales-sp:9.9'),
      'links[0].from: no item wales-sp:9.9 in the given framework versions',
    ],
    [
      'to exists',
      (c) => set(c.links[1], 'to', 'nhse-splw:1'),
      'links[1].to: no item nhse-splw:1 in the given framework versions',
    ],
    ['from is present', (c) => unset(c.links[0], 'from'), 'links[0].from: must be a non-empty item id'],
    [
      'relation is known',
      (c) => set(c.links[0], 'relation', 'isChildOf'),
      "links[0].relation: must be 'isRelatedTo' or 'exactMatchOf'",
    ],
    [
      'rationale is non-empty',
      (c) => set(c.links[1], 'rationale', ''),
      'links[1].rationale: must be a non-empty string',
    ],
    ['no self-links', (c) => set(c.links[0], 'to', 'wales-sp:1.1'), 'links[0]: must not link an item to itself'],
    [
      'no duplicate links',
      (c) => c.links.push({ ...c.links[0] }),
      'links[2]: duplicates links[0] (wales-sp:1.1 ↔ somerset:a)',
    ],
    [
      'no reversed duplicates',
      (c) => c.links.push({ from: 'somerset:b', to: 'wales-sp:2', relation: 'isRelatedTo', rationale: 'Again.' }),
      'links[2]: duplicates links[1] (somerset:b ↔ wales-sp:2)',
    ],
  ];

  it.each(cases)('%s', (_rule, breakIt, expected) => {
    const c = clone(CROSSWALK);
    breakIt(c);
    expect(validateCrosswalk(c, [VERSION, SOMERSET]).join('\n')).toContain(expected);
  });

  it('finds nested items', () => {
    const c = clone(CROSSWALK);
    c.links[0].from = 'wales-sp:1.2';
    expect(validateCrosswalk(c, [VERSION, SOMERSET])).toEqual([]);
  });

  it('needs the linked versions to be given', () => {
    expect(validateCrosswalk(CROSSWALK, [VERSION])).toEqual([
      'links[0].to: no item somerset:a in the given framework versions',
      'links[1].to: no item somerset:b in the given framework versions',
    ]);
  });
});

import type { Crosswalk, FrameworkVersion, RubricDescriptor } from '../model';

/**
 * Test data for the CASE specs (not exported from the library). Small, but
 * it exercises everything the exchange must carry: nesting three deep,
 * optional code/title, rubrics, replacedBy inside and outside the package,
 * ids needing URI encoding, and text with line breaks and non-ASCII.
 */

export const BASE_URI = 'https://ladder.test/case';

export function rubric(label: string): RubricDescriptor[] {
  return [
    { score: 0, rating: 'Absence', descriptor: `${label}: not seen.` },
    { score: 1, rating: 'Novice', descriptor: `${label}: follows rules.` },
    { score: 2, rating: 'Advanced Beginner', descriptor: `${label}: uses guidelines.` },
    { score: 3, rating: 'Competent', descriptor: `${label}: plans deliberately.` },
    { score: 4, rating: 'Proficient', descriptor: `${label}: sees the whole.` },
    { score: 5, rating: 'Expert', descriptor: `${label}: intuitive grasp.` },
  ];
}

export const FIXTURE: FrameworkVersion = {
  key: 'somerset',
  version: '2021.1',
  title: 'Test Framework for Social Prescribing',
  publisher: 'Test Publisher',
  publishedOn: '2021-03',
  source: 'Test Publisher (2021) Test Framework, Appendix 6',
  status: 'published',
  items: [
    {
      id: 'somerset:level-1',
      type: 'level',
      code: '1',
      title: 'Level 1',
      text: 'Level 1 practitioners work under supervision.',
      children: [
        {
          id: 'somerset:1.a',
          type: 'assessed-competency',
          code: '1.a',
          title: 'Person Centred Approach',
          text: 'Works in a person-centred way.',
          rubric: rubric('Person centred'),
          children: [
            { id: 'somerset:1.a.s1', type: 'statement', text: 'Uses open questions.' },
            {
              id: 'somerset:1.a.s2',
              type: 'statement',
              text: 'Reflects back “what matters” — including café, naïve and 😀.',
              replacedBy: 'somerset:1.a.s3',
            },
            { id: 'somerset:1.a.s3', type: 'statement', text: 'Summarises\nand checks understanding.' },
          ],
        },
        {
          id: 'somerset:1.b',
          type: 'competency',
          code: '1.b',
          text: 'Plans actions with the person.',
          // The successor is in a later version, so outside this package.
          replacedBy: 'somerset:1.b-2024',
        },
      ],
    },
    {
      id: 'somerset:level-2',
      type: 'level',
      title: 'Level 2',
      text: 'Level 2 practitioners work independently.',
      children: [
        {
          id: 'somerset:2/odd id?#%',
          type: 'sub-point',
          text: 'An id that needs URI encoding.',
          rubric: rubric('Odd'),
        },
      ],
    },
    { id: 'somerset:guidance', type: 'guidance', text: 'A top-level leaf.' },
  ],
};

export const CROSSWALK: Crosswalk = {
  version: '2024.1',
  notice: "Ladder's own mapping between frameworks; not part of any published framework.",
  links: [
    {
      from: 'somerset:1.a',
      to: 'wales-sp:1.2a',
      relation: 'isRelatedTo',
      rationale: 'Both describe person-centred conversations.',
    },
    {
      from: 'nhse-splw:3.1',
      to: 'somerset:1.a.s1',
      relation: 'exactMatchOf',
      rationale: 'Same statement about open questions.',
    },
    // Touches none of the fixture's items, so it must not be exported with it.
    { from: 'nhse-splw:3.2', to: 'wales-sp:2.1', relation: 'isRelatedTo', rationale: 'Unrelated to Somerset.' },
  ],
};

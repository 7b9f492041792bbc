import { NHSE_SPLW_2023, SOMERSET_2021, WALES_SP_2023 } from '@ladder/competencies';
import { scorableItems, variantCovers } from '@ladder/evidence';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draft, SCSE, SELF_MONITORING } from '../test/fixtures';
import { competenciesOf, dreyfusScale, groupCompetencies } from './competencies';
import {
  draftChanges,
  fieldPlaces,
  formOf,
  identifierProblems,
  readinessProblems,
  signOffProblem,
  valuesOf,
  type DraftForm,
} from './draft';
import { newIdempotencyKey } from './idempotency';

afterEach(() => vi.unstubAllGlobals());

const ITEM_IDS = [SCSE, SELF_MONITORING];
const NAMES = ['Supporting Competence & Self Efficacy', 'Self-Monitoring'];
const saved = valuesOf(draft());
const form = (change: Partial<DraftForm> = {}): DraftForm => ({ ...formOf(saved), ...change });

describe('draftChanges: what an autosave sends', () => {
  it.each<[string, Partial<DraftForm>, object]>([
    ['nothing changed', {}, {}],
    [
      'a score (which clears not observed)',
      { items: [{ score: 3, notObserved: false, evidenceNotes: '' }, saved.items[1]] },
      { items: [{ itemId: SCSE, score: 3, notObserved: false, evidenceNotes: '' }] },
    ],
    [
      'not observed (which has no score)',
      { items: [saved.items[0], { score: 2, notObserved: true, evidenceNotes: '' }] },
      { items: [{ itemId: SELF_MONITORING, score: null, notObserved: true, evidenceNotes: '' }] },
    ],
    ['text and consent', { strengths: 'Good', consentConfirmed: true }, { strengths: 'Good', consentConfirmed: true }],
    ['a finished date', { observedOn: { day: '1', month: '3', year: '2026' } }, { observedOn: '2026-03-01' }],
    ['a date still being typed: left out', { observedOn: { day: '31', month: '2', year: '2026' } }, {}],
    ['the setting', { setting: 'video' }, { setting: 'video' }],
  ])('%s', (_case, change, expected) => {
    expect(draftChanges(saved, form(change), ITEM_IDS).changes).toEqual(expected);
  });

  it('knows what the API holds once the save is done', () => {
    const { next } = draftChanges(
      saved,
      form({ observedOn: { day: '', month: '3', year: '2026' }, agreedActions: 'x' }),
      ITEM_IDS,
    );
    expect(next.observedOn).toBe(saved.observedOn);
    expect(next.agreedActions).toBe('x');
  });
});

describe('readinessProblems: what stops check your answers', () => {
  const ready = form({
    items: [
      { score: 3, notObserved: false, evidenceNotes: '' },
      { score: null, notObserved: true, evidenceNotes: '' },
    ],
    consentConfirmed: true,
  });

  it('none when every item is scored or not observed, with consent, on a past date', () => {
    expect(readinessProblems(ready, NAMES, '2026-03-02')).toEqual([]);
  });

  it.each<[string, Partial<DraftForm>, string, { field?: string; message: string }[]]>([
    [
      'unscored items and no consent',
      { items: saved.items, consentConfirmed: false },
      '2026-03-02',
      [
        {
          field: 'item-0-score-0',
          message: 'Select a score for Supporting Competence & Self Efficacy, or select not observed',
        },
        { field: 'item-1-score-0', message: 'Select a score for Self-Monitoring, or select not observed' },
        { field: 'consent', message: 'Confirm that the person whose session you observed agreed to the observation' },
      ],
    ],
    [
      'nothing scored',
      {
        items: [
          { score: null, notObserved: true, evidenceNotes: '' },
          { score: null, notObserved: true, evidenceNotes: '' },
        ],
      },
      '2026-03-02',
      [{ field: 'item-0-score-0', message: 'Score at least one competency: every one is marked not observed' }],
    ],
    [
      'a date in the future',
      {},
      '2026-03-01',
      [{ field: 'observed-on-day', message: 'Date of the observation must be today or in the past' }],
    ],
    [
      'no date',
      { observedOn: { day: '', month: '', year: '' } },
      '2026-03-02',
      [{ field: 'observed-on-day', message: 'Enter the date of the observation' }],
    ],
    [
      'notes too long',
      { items: [{ score: 3, notObserved: false, evidenceNotes: 'x'.repeat(5001) }, ready.items[1]] },
      '2026-03-02',
      [
        {
          field: 'item-0-evidence',
          message: 'Evidence notes for Supporting Competence & Self Efficacy must be 5,000 characters or fewer',
        },
      ],
    ],
  ])('%s', (_case, change, today, expected) => {
    expect(readinessProblems({ ...ready, ...change }, NAMES, today)).toEqual(expected);
  });
});

describe('possible identifiers', () => {
  it('names each field once, with its kinds, counting items as the request that was sent did', () => {
    const placeOf = fieldPlaces(ITEM_IDS, NAMES, [SELF_MONITORING]);
    expect(
      identifierProblems(
        [
          { field: 'items.0.evidenceNotes', kind: 'nhs-number' },
          { field: 'agreedActions', kind: 'date-of-birth' },
          { field: 'items.0.evidenceNotes', kind: 'postcode-with-name' },
          { field: 'comment', kind: 'nhs-number' },
        ],
        placeOf,
      ),
    ).toEqual([
      {
        field: 'item-1-evidence',
        message: 'Evidence notes for Self-Monitoring looks like it holds an NHS number and a postcode next to a name',
      },
      { field: 'agreed-actions', message: 'Agreed actions looks like it holds a date of birth' },
      { field: 'comment', message: 'Your comment looks like it holds an NHS number' },
    ]);
  });
});

describe('signOffProblem: the API’s not-ready reasons on the scoring page', () => {
  it.each([
    [
      `items.1.score: ${SELF_MONITORING} needs a score from 0 to 5, or marking as not observed`,
      { field: 'item-1-score-0', message: 'Select a score for Self-Monitoring, or select not observed' },
    ],
    [
      'consentConfirmed must be true: the person whose session was observed agreed to the observation',
      { field: 'consent', message: 'Confirm that the person whose session you observed agreed to the observation' },
    ],
    [
      'observedOn 2026-03-09 is after today: sign an observation off once it has happened',
      { field: 'observed-on-day', message: 'Date of the observation must be today or in the past' },
    ],
    ['something else', { message: 'Something else' }],
  ])('%s', (message, expected) => {
    expect(signOffProblem(message, NAMES)).toEqual(expected);
  });
});

describe('competencies of a framework version', () => {
  const table2 = dreyfusScale(SOMERSET_2021);

  it('reads Table 2 from Somerset', () => {
    expect(table2.map((row) => `${row.score} ${row.rating}`)).toEqual([
      '0 Absence',
      '1 Novice',
      '2 Advanced Beginner',
      '3 Competent',
      '4 Proficient',
      '5 Expert',
    ]);
  });

  it('gives Somerset’s assessed competencies their own rubric and key features, by level', () => {
    const somerset = competenciesOf(SOMERSET_2021, table2);
    expect(somerset.map((competency) => competency.name)).toEqual([
      'Person Centred Approach',
      'Promoting Autonomy',
      'Action Planning & Goal Setting',
      'Managing Setbacks & Problem Solving',
      'Supporting Competence & Self Efficacy',
      'Self-Monitoring',
    ]);
    const scse = somerset[4];
    expect(scse.ownRubric).toBe(true);
    expect(scse.scale[3].descriptor).toMatch(/^Competent delivery and appropriate attempts/);
    expect(scse.about.map((section) => section.heading)).toEqual(['Key features', 'Interactions']);
    expect(groupCompetencies(somerset).map((group) => [group.name, group.competencies.length])).toEqual([
      ['Core Competencies & Knowledge', 1],
      ['Level 1 Capabilities', 3],
      ['Level 2 Capabilities', 2],
    ]);
  });

  it.each([
    ['somerset', SOMERSET_2021],
    ['nhse-splw', NHSE_SPLW_2023],
    ['wales-sp', WALES_SP_2023],
  ])('%s: offers exactly the items the API can score, in document order', (_key, version) => {
    expect(competenciesOf(version, table2).map((competency) => competency.id)).toEqual([
      ...scorableItems(version).keys(),
    ]);
  });

  it('scores NHS England and Wales items on Table 2, with their descriptions or statements beside them', () => {
    const nhse = competenciesOf(NHSE_SPLW_2023, table2);
    expect(nhse).toHaveLength(30);
    expect(nhse.every((competency) => !competency.ownRubric && competency.scale[3].rating === 'Competent')).toBe(true);
    expect(nhse[0].about.map((section) => section.heading)).toEqual(['Description', expect.any(String)]);
    expect(nhse.filter((competency) => variantCovers('community-development', competency)).length).toBeGreaterThan(0);
    expect(
      nhse
        .filter((competency) => variantCovers('community-development', competency))
        .every((c) => c.groupId === 'nhse-splw:area-3'),
    ).toBe(true);

    const wales = competenciesOf(WALES_SP_2023, table2).filter((competency) => !competency.statement);
    expect(wales).toHaveLength(31);
    expect(wales[0].name).toBe('1.1 Knowledge of social prescribing and its application in Wales');
    expect(wales[0].about.at(-1)?.heading).toBe('Ability statements');
  });
});

describe('newIdempotencyKey', () => {
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('is a fresh random UUID each time', () => {
    const keys = new Set(Array.from({ length: 20 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(20);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });

  it('makes one without crypto.randomUUID (a page served over plain HTTP)', () => {
    const { getRandomValues } = crypto;
    vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(crypto) });
    expect(newIdempotencyKey()).toMatch(UUID_V4);
  });
});

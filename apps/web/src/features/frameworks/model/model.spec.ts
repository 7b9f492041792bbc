import { WALES_SP_2023 } from '@ladder/competencies';
import { describe, expect, it } from 'vitest';
import { indexItems, neighbours } from './framework-tree';
import { formatPublishedOn, itemName, textAddsToName, typeLabel } from './labels';
import { fold, highlight, searchItems, snippet } from './search';
import { linkParts, textBlocks } from './text';
import { paths } from '../../../config/paths';

describe('textBlocks', () => {
  it.each([
    ['one paragraph', 'Just one.', [{ kind: 'paragraph', text: 'Just one.' }]],
    [
      'paragraph breaks',
      'First.\nSecond.',
      [
        { kind: 'paragraph', text: 'First.' },
        { kind: 'paragraph', text: 'Second.' },
      ],
    ],
    [
      'bullets grouped into one list between paragraphs',
      'Includes:\n• one\n• two\nAfter.',
      [
        { kind: 'paragraph', text: 'Includes:' },
        { kind: 'bullets', items: ['one', 'two'] },
        { kind: 'paragraph', text: 'After.' },
      ],
    ],
    [
      'blank lines dropped',
      'A.\n\n  \nB.',
      [
        { kind: 'paragraph', text: 'A.' },
        { kind: 'paragraph', text: 'B.' },
      ],
    ],
  ])('%s', (_case, text, expected) => {
    expect(textBlocks(text)).toEqual(expected);
  });
});

describe('linkParts', () => {
  it.each([
    ['no address', 'Employer', [{ kind: 'text', text: 'Employer' }]],
    [
      'an address mid-sentence',
      'See https://example.org/a for more',
      [
        { kind: 'text', text: 'See ' },
        { kind: 'link', href: 'https://example.org/a', text: 'https://example.org/a' },
        { kind: 'text', text: ' for more' },
      ],
    ],
    [
      'a full stop after the address stays text',
      'Go to https://example.org/a.',
      [
        { kind: 'text', text: 'Go to ' },
        { kind: 'link', href: 'https://example.org/a', text: 'https://example.org/a' },
        { kind: 'text', text: '.' },
      ],
    ],
    [
      'a bracket closing the sentence stays text, one opened in the address stays in it',
      '(https://example.org/a) https://example.org/b_(c)',
      [
        { kind: 'text', text: '(' },
        { kind: 'link', href: 'https://example.org/a', text: 'https://example.org/a' },
        { kind: 'text', text: ') ' },
        { kind: 'link', href: 'https://example.org/b_(c)', text: 'https://example.org/b_(c)' },
      ],
    ],
  ])('%s', (_case, text, expected) => {
    expect(linkParts(text)).toEqual(expected);
  });
});

describe('itemName', () => {
  it.each([
    [
      'title',
      { type: 'competency', title: 'Demonstrates active listening', text: 'x' },
      'Demonstrates active listening',
    ],
    ['printed code first', { type: 'competence-area', code: '1.2a', title: 'Knowledge', text: 'x' }, '1.2a Knowledge'],
    [
      'bare number with the type',
      { type: 'domain', code: '1', title: 'Knowledge', text: 'Knowledge' },
      'Domain 1: Knowledge',
    ],
    ['no title: the first paragraph', { type: 'training-topic', text: 'Dementia\nMore' }, 'Dementia'],
    [
      'long text cut at a word',
      { type: 'statement', text: `${'word '.repeat(40)}end` },
      `${'word '.repeat(28).trim()}…`,
    ],
  ])('%s', (_case, item, expected) => {
    expect(itemName(item)).toBe(expected);
  });
});

describe('textAddsToName', () => {
  it.each([
    ['text repeats the title', { title: 'Knowledge', text: 'Knowledge' }, false],
    ['only punctuation differs', { title: 'Key features', text: 'Key features:' }, false],
    ['text says more', { title: 'Key features', text: 'Facilitators should…' }, true],
    ['no title, short text', { text: 'IT Systems' }, false],
    ['no title, more than one paragraph', { text: 'National Guidance:\nCodes' }, true],
  ])('%s', (_case, item, expected) => {
    expect(textAddsToName(item)).toBe(expected);
  });
});

describe('typeLabel', () => {
  it.each([
    ['competence-area', false, 'Competence area'],
    ['assessed-competency', true, 'Assessed competencies'],
    ['brand-new-type', false, 'Brand new type'],
    ['brand-new-type', true, 'Brand new type items'],
  ] as const)('%s (plural %s)', (type, plural, expected) => {
    expect(typeLabel(type, plural)).toBe(expected);
  });
});

describe('formatPublishedOn', () => {
  it.each([
    ['2021-03', 'March 2021'],
    ['2023-12-01', '1 December 2023'],
    ['2023', '2023'],
    ['not a date', 'not a date'],
  ])('%s → %s', (input, expected) => {
    expect(formatPublishedOn(input)).toBe(expected);
  });
});

describe('paths', () => {
  it('encodes the ids, whose colons and dots are part of them', () => {
    expect(paths.frameworkVersion('wales-sp', '2023.1')).toBe('/frameworks/wales-sp/2023.1');
    expect(paths.frameworkItem('wales-sp', 'current', 'wales-sp:1.2a.s03')).toBe(
      '/frameworks/wales-sp/current/items/wales-sp%3A1.2a.s03',
    );
  });
});

describe('indexItems and neighbours', () => {
  const index = indexItems(WALES_SP_2023.items);

  it('finds any item with its ancestors', () => {
    const entry = index.byId.get('wales-sp:5.2a.s14.p02.p01');
    expect(entry?.ancestors.map((ancestor) => ancestor.id)).toEqual([
      'wales-sp:domain-5',
      'wales-sp:5.2a',
      'wales-sp:5.2a.h06',
      'wales-sp:5.2a.s14',
      'wales-sp:5.2a.s14.p02',
    ]);
    expect(index.all[0].item.id).toBe('wales-sp:core-philosophy');
  });

  it('gives the previous and next items of the same type under the same parent', () => {
    const first = neighbours(index.byId.get('wales-sp:5.1')!);
    expect([first.previous?.id, first.next?.id]).toEqual([undefined, 'wales-sp:5.2a']);
    const middle = neighbours(index.byId.get('wales-sp:5.2a')!);
    expect([middle.previous?.id, middle.next?.id]).toEqual(['wales-sp:5.1', 'wales-sp:5.2b']);
  });
});

describe('searchItems', () => {
  const index = indexItems(WALES_SP_2023.items);
  const ids = (query: string) => searchItems(index, query).map((entry) => entry.item.id);

  it('needs every word, in any order and case', () => {
    expect(ids('PROS ambivalence')).toEqual(['wales-sp:5.2a.s09']);
  });

  it('ignores curly quotes and dashes when matching', () => {
    expect(ids("'what matters to me'")).toContain('wales-sp:core-philosophy');
  });

  it('puts a match of the code or title first', () => {
    expect(ids('motivational interviewing')[0]).toBe('wales-sp:5.2a');
    expect(ids('1.2a')).toEqual(['wales-sp:1.2a']);
  });

  it('waits for two characters', () => {
    expect(ids('a')).toEqual([]);
    expect(ids('  ')).toEqual([]);
  });
});

describe('highlight and snippet', () => {
  it('marks every occurrence of each word, ignoring case and curly quotes', () => {
    expect(highlight('What ‘matters’ to me, what matters', fold("what 'matters'").split(' '))).toEqual([
      { text: 'What', match: true },
      { text: ' ', match: false },
      { text: '‘matters’', match: true },
      { text: ' to me, ', match: false },
      { text: 'what', match: true },
      { text: ' matters', match: false },
    ]);
  });

  it('keeps short texts whole and cuts long ones around the first match', () => {
    expect(snippet('Short text', ['text'])).toBe('Short text');
    const long = `${'alpha '.repeat(60)}needle ${'omega '.repeat(60)}`;
    const cut = snippet(long, ['needle'], 100);
    expect(cut).toMatch(/^….*needle.*…$/);
    expect(cut.length).toBeLessThanOrEqual(102);
  });
});

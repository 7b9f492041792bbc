import { fieldWithUnstorableText } from './text-safety';

describe('fieldWithUnstorableText', () => {
  it.each([
    ['plain text', { email: 'sam@example.org' }, null],
    ['accents, CJK and emoji (a surrogate pair)', { notes: 'café 社会 🙂' }, null],
    ['a NUL byte', { email: 'sam\u0000@example.org' }, 'email'],
    ['a lone high surrogate', { email: 'sam\ud800@example.org' }, 'email'],
    ['a lone low surrogate', { email: '\udc00sam' }, 'email'],
    ['a high surrogate at the very end', { notes: 'ends with \ud83d' }, 'notes'],
    ['a nested field', { items: [{ evidenceNotes: 'ok' }, { evidenceNotes: 'bad\u0000' }] }, 'items.1.evidenceNotes'],
    ['a key', { ['bad\u0000key']: 'x' }, 'bad\u0000key'],
    ['numbers, booleans and null', { score: 3, consent: true, endsOn: null }, null],
    ['nothing at all', undefined, null],
  ])('%s', (_name, value, expected) => {
    expect(fieldWithUnstorableText(value)).toBe(expected);
  });
});

import {
  PASSWORD_CONTAINS_EMAIL,
  PASSWORD_TOO_COMMON,
  PASSWORD_TOO_LONG,
  PASSWORD_TOO_SHORT,
  passwordProblems,
} from './password-policy';

describe('passwordProblems', () => {
  it.each([
    ['a passphrase of unrelated words', 'orbit velvet cabbage tram', []],
    ['exactly 12 characters', 'kx9-vplm-2qa', []],
    ['256 characters', 'x'.repeat(255) + 'y', []],
    ['11 characters', 'kx9-vplm-2q', [PASSWORD_TOO_SHORT]],
    ['empty', '', [PASSWORD_TOO_SHORT]],
    ['257 characters', 'x'.repeat(257), [PASSWORD_TOO_LONG]],
    ['a common password', 'password1234', [PASSWORD_TOO_COMMON]],
    ['a common password in other case', 'PassWord1234', [PASSWORD_TOO_COMMON]],
    ['a keyboard walk', 'Qwertyuiop12', [PASSWORD_TOO_COMMON]],
    ['a season and year', 'Summer2024!!', [PASSWORD_TOO_COMMON]],
    ['containing the email local part', 'my-sam.patel-secret', [PASSWORD_CONTAINS_EMAIL]],
    ['containing the local part in other case', 'xx SAM.PATEL yy zz', [PASSWORD_CONTAINS_EMAIL]],
  ])('%s', (_case, password, expected) => {
    expect(passwordProblems(password, 'sam.patel@example.org')).toEqual(expected);
  });

  it('counts characters, not UTF-16 code units', () => {
    expect(passwordProblems('🔑'.repeat(11), 'a@b.c')).toEqual([PASSWORD_TOO_SHORT]);
    expect(passwordProblems('🔑'.repeat(12), 'a@b.c')).toEqual([]);
  });

  it('does not test local parts too short to mean anything', () => {
    expect(passwordProblems('enjoy the long walk home', 'jo@example.org')).toEqual([]);
  });

  it('names the field in every message', () => {
    for (const message of [PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_TOO_COMMON, PASSWORD_CONTAINS_EMAIL]) {
      expect(message.startsWith('password ')).toBe(true);
    }
  });
});

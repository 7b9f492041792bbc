import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commonPasswordsFileText, generateCommonPasswords } from './common-passwords.generator';

describe('the shipped common-password list', () => {
  it('is exactly what the generator produces (regenerate it rather than editing it)', () => {
    expect(readFileSync(join(__dirname, 'common-passwords.txt'), 'utf8')).toBe(commonPasswordsFileText());
  });

  it('holds a few thousand lower-case entries of 12 characters or more, including the classics', () => {
    const list = generateCommonPasswords();
    expect(list.length).toBeGreaterThan(3000);
    expect(list.every((entry) => entry.length >= 12 && entry === entry.toLowerCase())).toBe(true);
    expect(list).toEqual(
      expect.arrayContaining(['password1234', 'qwertyuiop12', '123456789012', 'iloveyou1234', 'summer2024!!']),
    );
  });
});

import { generateRecoveryCodes, hashRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes';

describe('recovery codes', () => {
  it('makes ten distinct codes of 16 unambiguous characters, in groups of four', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
  });

  it.each([
    ['abcd-efgh-jkmn-pqrs', 'abcdefghjkmnpqrs'],
    ['ABCD EFGH JKMN PQRS', 'abcdefghjkmnpqrs'],
    ['abcdefghjkmnpqrs', 'abcdefghjkmnpqrs'],
    ['oooo-iiii-llll-0000', '0000111111110000'],
  ])('reads %j as %j', (input, expected) => {
    expect(normaliseRecoveryCode(input)).toBe(expected);
  });

  it.each([['abcd-efgh-jkmn'], ['abcd-efgh-jkmn-pqrsu'], ['uuuu-uuuu-uuuu-uuuu'], ['']])('refuses %j', (input) => {
    expect(normaliseRecoveryCode(input)).toBeNull();
  });

  it('hashes per person, so the same code hashes differently on two accounts', () => {
    expect(hashRecoveryCode('a', 'abcdefghjkmnpqrs')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode('a', 'abcdefghjkmnpqrs')).not.toBe(hashRecoveryCode('b', 'abcdefghjkmnpqrs'));
  });
});

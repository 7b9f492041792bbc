import { base32Decode, base32Encode, hotp, totpCode, totpStep, verifyTotp, type HotpAlgorithm } from './totp';

const SEEDS: Record<HotpAlgorithm, Buffer> = {
  sha1: Buffer.from('12345678901234567890'),
  sha256: Buffer.from('12345678901234567890123456789012'),
  sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
};

describe('RFC 6238 TOTP (Appendix B test vectors, 8 digits)', () => {
  it.each([
    [59, 'sha1', '94287082'],
    [59, 'sha256', '46119246'],
    [59, 'sha512', '90693936'],
    [1111111109, 'sha1', '07081804'],
    [1111111109, 'sha256', '68084774'],
    [1111111109, 'sha512', '25091201'],
    [1111111111, 'sha1', '14050471'],
    [1111111111, 'sha256', '67062674'],
    [1111111111, 'sha512', '99943326'],
    [1234567890, 'sha1', '89005924'],
    [1234567890, 'sha256', '91819424'],
    [1234567890, 'sha512', '93441116'],
    [2000000000, 'sha1', '69279037'],
    [2000000000, 'sha256', '90698825'],
    [2000000000, 'sha512', '38618901'],
    [20000000000, 'sha1', '65353130'],
    [20000000000, 'sha256', '77737706'],
    [20000000000, 'sha512', '47863826'],
  ] as const)('at %i s with %s gives %s', (seconds, algorithm, expected) => {
    expect(hotp(SEEDS[algorithm], totpStep(seconds * 1000), 8, algorithm)).toBe(expected);
  });

  it('gives the last six digits of the SHA-1 vector as the six-digit code apps show', () => {
    expect(totpCode(SEEDS.sha1, 59_000)).toBe('287082');
    expect(totpCode(base32Encode(SEEDS.sha1), 1111111109_000)).toBe('081804');
  });
});

describe('RFC 4226 HOTP (Appendix D test vectors)', () => {
  it.each([
    [0, '755224'],
    [1, '287082'],
    [2, '359152'],
    [3, '969429'],
    [4, '338314'],
    [5, '254676'],
    [6, '287922'],
    [7, '162583'],
    [8, '399871'],
    [9, '520489'],
  ])('counter %i gives %s', (counter, expected) => {
    expect(hotp(SEEDS.sha1, counter)).toBe(expected);
  });
});

describe('RFC 4648 base32 (section 10 test vectors, unpadded)', () => {
  it.each([
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ])('%j encodes as %j and decodes back', (plain, encoded) => {
    expect(base32Encode(Buffer.from(plain))).toBe(encoded);
    expect(base32Decode(encoded).toString()).toBe(plain);
  });

  it('ignores case, spaces and padding when decoding, and rejects other characters', () => {
    expect(base32Decode('mzxw 6ytb oi======').toString()).toBe('foobar');
    expect(() => base32Decode('MZXW1')).toThrow('Not a base32 string');
  });
});

describe('verifyTotp', () => {
  const secret = SEEDS.sha1;
  const now = 1_700_000_000_000;
  const step = totpStep(now);
  const codeAt = (s: number) => hotp(secret, s);

  it.each([
    ['the current step', 0],
    ['one step behind (clock drift)', -1],
    ['one step ahead', 1],
  ])('accepts a code for %s and returns its step', (_name, offset) => {
    expect(verifyTotp(secret, codeAt(step + offset), now, null)).toBe(step + offset);
  });

  it.each([
    ['two steps behind', -2],
    ['two steps ahead', 2],
  ])('refuses a code %s', (_name, offset) => {
    expect(verifyTotp(secret, codeAt(step + offset), now, null)).toBeNull();
  });

  it('refuses a code whose step was already used, and any earlier one (replay)', () => {
    expect(verifyTotp(secret, codeAt(step), now, step)).toBeNull();
    expect(verifyTotp(secret, codeAt(step - 1), now, step)).toBeNull();
    expect(verifyTotp(secret, codeAt(step + 1), now, step)).toBe(step + 1);
  });

  it('refuses anything that is not six digits', () => {
    expect(verifyTotp(secret, '12345', now, null)).toBeNull();
    expect(verifyTotp(secret, 'abcdef', now, null)).toBeNull();
  });
});

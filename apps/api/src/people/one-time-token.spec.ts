import { hashOneTimeToken, isWellFormedToken, newOneTimeToken } from './one-time-token';

describe('one-time tokens', () => {
  it('are 32 random bytes in base64url, stored only as their SHA-256', () => {
    const { token, tokenHash } = newOneTimeToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(isWellFormedToken(token)).toBe(true);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(hashOneTimeToken(token));
    expect(newOneTimeToken().token).not.toBe(token);
  });

  it.each(['', 'short', 'a'.repeat(44), `${'a'.repeat(42)}=`, `${'a'.repeat(42)}/`])(
    'rejects the malformed token %p without a look-up',
    (token) => {
      expect(isWellFormedToken(token)).toBe(false);
    },
  );
});

import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';

describe('SecretBox (AES-256-GCM)', () => {
  const box = new SecretBox(randomBytes(32));
  const secret = Buffer.from('12345678901234567890');

  it('opens what it sealed, and never stores the plaintext', () => {
    const sealed = box.seal(secret, 'person-1');
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain(secret.toString('base64url'));
    expect(box.open(sealed, 'person-1')).toEqual(secret);
  });

  it('uses a fresh IV each time, so equal secrets do not look equal', () => {
    expect(box.seal(secret, 'person-1')).not.toBe(box.seal(secret, 'person-1'));
  });

  it('refuses a value sealed for another context (copied onto another row)', () => {
    expect(() => box.open(box.seal(secret, 'person-1'), 'person-2')).toThrow();
  });

  it('refuses a tampered value', () => {
    const [version, iv, ciphertext, tag] = box.seal(secret, 'person-1').split('.');
    const flipped = Buffer.from(ciphertext, 'base64url');
    flipped[0] ^= 1;
    expect(() => box.open([version, iv, flipped.toString('base64url'), tag].join('.'), 'person-1')).toThrow();
  });

  it('refuses a value sealed under another key', () => {
    expect(() => new SecretBox(randomBytes(32)).open(box.seal(secret, 'person-1'), 'person-1')).toThrow();
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => new SecretBox(randomBytes(16))).toThrow('SecretBox needs a 32-byte key');
  });
});

import {
  caseAssociationIdentifier,
  caseDocumentIdentifier,
  caseItemIdentifier,
  caseRubricLevelIdentifier,
} from './identifiers';
import { LADDER_NAMESPACE, NAMESPACE_DNS, NAMESPACE_URL, isUuid, sha1Hex, utf8Bytes, uuidV5 } from './uuid';

// CASE's UUID pattern (Service 1.1, §7.2.3), which v5 UUIDs must satisfy.
const CASE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('sha1', () => {
  it.each([
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
    ['The quick brown fox jumps over the lazy dog', '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12'],
    // Lengths either side of the 56-byte padding boundary, and a full block.
    ['a'.repeat(55), 'c1c8bbdc22796e28c0e15163d20899b65621d65a'],
    ['a'.repeat(56), 'c2db330f6083854c99d4b5bfb6e8f29f201be699'],
    ['a'.repeat(64), '0098ba824b5c16427bd7a1122a5a442a25ec644d'],
    // Multi-byte UTF-8, including a surrogate pair.
    ['é-ünïcødé-😀', '9b9c2871aab86ed2d1367f855e97e2c5e7aa8d89'],
  ])('hashes %j', (input, digest) => {
    expect(sha1Hex(input)).toBe(digest);
  });

  it('hashes one million "a" (FIPS 180 long-message vector)', () => {
    expect(sha1Hex('a'.repeat(1_000_000))).toBe('34aa973cd4c4daa4f61eeb2bdbad27316534016f');
  });
});

describe('utf8Bytes', () => {
  it('encodes 1- to 4-byte characters', () => {
    expect([...utf8Bytes('aé€😀')]).toEqual([0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
  });

  it('replaces lone surrogates with U+FFFD, as TextEncoder does', () => {
    expect([...utf8Bytes('\ud800x\udc00')]).toEqual([0xef, 0xbf, 0xbd, 0x78, 0xef, 0xbf, 0xbd]);
  });
});

describe('uuidV5', () => {
  it.each([
    // RFC 9562 Appendix A.4.
    ['www.example.com', NAMESPACE_DNS, '2ed6657d-e927-568b-95e1-2665a8aea6a2'],
    // Python's uuid.uuid5, an independent implementation.
    ['python.org', NAMESPACE_DNS, '886313e1-3b8a-5372-9b90-0c9aee199e5d'],
    ['https://example.com/', NAMESPACE_URL, 'dd2c1780-811a-5296-81c5-178a0ef488bc'],
    ['é-ünïcødé-😀', NAMESPACE_DNS, 'cc95972c-6bfa-584e-a2a9-780696625803'],
  ])('uuidV5(%j) in %s', (name, namespace, expected) => {
    expect(uuidV5(name, namespace)).toBe(expected);
  });

  it('accepts an upper-case namespace', () => {
    expect(uuidV5('www.example.com', NAMESPACE_DNS.toUpperCase())).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('rejects a malformed namespace', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow('Not a UUID');
  });

  it('sets version 5 and the RFC variant, matching the CASE UUID pattern', () => {
    for (const name of ['', 'a', 'item:somerset:ac.person-centred-approach', '😀'.repeat(50)]) {
      expect(uuidV5(name, LADDER_NAMESPACE)).toMatch(CASE_UUID);
    }
  });

  it('has a fixed Ladder namespace that is itself a UUID', () => {
    expect(isUuid(LADDER_NAMESPACE)).toBe(true);
    expect(LADDER_NAMESPACE).toBe('44ba2fa9-3eba-408a-b577-a1bcd8219373');
  });
});

describe('CASE identifiers', () => {
  it('derive from Ladder ids in the Ladder namespace', () => {
    expect(caseItemIdentifier('somerset:1.2a')).toBe(uuidV5('item:somerset:1.2a', LADDER_NAMESPACE));
    expect(caseDocumentIdentifier('somerset', '2021.1')).toBe(uuidV5('document:somerset:2021.1', LADDER_NAMESPACE));
  });

  it('differ between kinds, versions, endpoints and scores', () => {
    const ids = [
      caseItemIdentifier('somerset:a'),
      caseItemIdentifier('somerset:b'),
      caseDocumentIdentifier('somerset', '2021.1'),
      caseDocumentIdentifier('somerset', '2021.2'),
      caseAssociationIdentifier('isChildOf', 'somerset:a', 'somerset:b'),
      caseAssociationIdentifier('isChildOf', 'somerset:b', 'somerset:a'),
      caseAssociationIdentifier('isRelatedTo', 'somerset:a', 'somerset:b'),
      caseRubricLevelIdentifier('somerset:a', 0),
      caseRubricLevelIdentifier('somerset:a', 1),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

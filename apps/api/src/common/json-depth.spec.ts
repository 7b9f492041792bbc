import { isNestedDeeperThan } from './json-depth';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('isNestedDeeperThan', () => {
  it.each([
    ['a flat object', '{"a":1}', 1, false],
    ['an array in an object at the limit', '{"a":[1]}', 2, false],
    ['an array in an object past the limit', '{"a":[1]}', 1, true],
    ['brackets inside a string', '{"a":"[[[[{{{{"}', 1, false],
    ['an escaped quote inside a string', '{"a":"\\"[[[["}', 1, false],
    ['an escaped backslash before the closing quote', '{"a":"\\\\"}', 1, false],
    ['brackets after a string with an escaped backslash', '{"a":"\\\\",[[[]]]}', 2, true],
    ['multi-byte text', '{"naïve café 🙂":["ß"]}', 2, false],
    ['a scalar', '42', 0, false],
    ['siblings do not add up', '[[],[],[],[]]', 2, false],
  ])('%s', (_name, text, limit, expected) => {
    expect(isNestedDeeperThan(bytes(text), limit)).toBe(expected);
  });

  it('stops at the first level too deep, whatever follows', () => {
    expect(isNestedDeeperThan(bytes('['.repeat(900_000)), 32)).toBe(true);
  });
});

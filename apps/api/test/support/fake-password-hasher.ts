/**
 * A stand-in for `people/password-hasher` in small tests: argon2 is slow on purpose, and those tests
 * are about the decisions around it. Use as
 * `jest.mock('../people/password-hasher', () => jest.requireActual('../../test/support/fake-password-hasher'))`.
 */
export const hashPassword = jest.fn(async (password: string) => `hashed:${password}`);
export const verifyPassword = jest.fn(async (hash: string, password: string) => hash === `hashed:${password}`);

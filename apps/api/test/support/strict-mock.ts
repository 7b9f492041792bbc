/**
 * Strict auto-mocks for small tests: `strictMock<PeopleRepository>('PeopleRepository', { findInOrganisation })`
 * gives an object whose every method is a `jest.fn`. Stubbed methods run their stub; any other method
 * throws when called, naming itself, so a service that starts calling something a test did not expect
 * fails loudly instead of receiving `undefined`. A test may still give an unstubbed method behaviour
 * later (`mock.update.mockResolvedValue(…)`), which replaces the throwing implementation.
 */
export function strictMock<T extends object>(name: string, stubs: { [K in keyof T]?: T[K] } = {}): jest.Mocked<T> {
  const members = new Map<PropertyKey, unknown>();
  for (const [key, value] of Object.entries(stubs)) {
    members.set(key, typeof value === 'function' ? jest.fn(value as (...args: unknown[]) => unknown) : value);
  }
  return new Proxy({} as jest.Mocked<T>, {
    get(_target, key) {
      if (members.has(key)) return members.get(key);
      // Probes made by `await`, jest's matchers and printers are not calls of the mocked class.
      if (typeof key === 'symbol' || NOT_MEMBERS.has(key)) return undefined;
      const unexpected = jest.fn(() => {
        throw new Error(`${name}.${key} was called, but the test did not stub it`);
      });
      members.set(key, unexpected);
      return unexpected;
    },
  });
}

const NOT_MEMBERS = new Set<PropertyKey>(['then', 'asymmetricMatch', 'toJSON', 'nodeType', '$$typeof', 'constructor']);

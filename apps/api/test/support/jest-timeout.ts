/**
 * The timeout jest-circus applies to the test that is running now: its own
 * state (`testTimeout`, set from the run's global config and by
 * `jest.setTimeout`) lives on the test global under a private symbol, found
 * here by its description. Throws when it cannot be found, so a jest upgrade
 * that moves it fails the proof loudly instead of letting it pass.
 */
export function effectiveTestTimeout(): number {
  const stateKey = Object.getOwnPropertySymbols(globalThis).find(
    (symbol) => symbol.description === 'JEST_STATE_SYMBOL',
  );
  const state = stateKey ? (globalThis as Record<symbol, { testTimeout?: unknown } | undefined>)[stateKey] : undefined;
  if (typeof state?.testTimeout !== 'number') {
    throw new Error('jest-circus state not found: cannot tell which timeout is in force');
  }
  return state.testTimeout;
}

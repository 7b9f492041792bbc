import { effectiveTestTimeout } from '../../api/test/support/jest-timeout';

const { testTimeout } = jest.requireActual<{ testTimeout: number }>('./jest.config.cjs');

/** This config is the run's own, so jest reads its testTimeout: the journeys get their two minutes, not the default 5 s. */
describe('the end-to-end test timeout', () => {
  it('is the one jest.config.cjs sets', () => {
    expect(testTimeout).toBeGreaterThan(5_000);
    expect(effectiveTestTimeout()).toBeGreaterThanOrEqual(testTimeout);
  });
});

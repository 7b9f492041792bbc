import { effectiveTestTimeout } from './jest-timeout';

const { TEST_TIMEOUT_MS } = jest.requireActual<{ TEST_TIMEOUT_MS: number }>('../../../../jest.preset.cjs');
const JEST_DEFAULT_TIMEOUT_MS = 5_000;

/**
 * The configured timeout is the one jest applies: set where jest does not read
 * it (a project config inside the root's multi-project run), the tests would
 * run with jest's default 5 s and fail on a loaded machine. At least, not
 * exactly: `--testTimeout=…` on the command line may raise it for one run.
 */
describe('the test timeout', () => {
  it('is the configured one, not jest’s default', () => {
    expect(TEST_TIMEOUT_MS).toBeGreaterThan(JEST_DEFAULT_TIMEOUT_MS);
    expect(effectiveTestTimeout()).toBeGreaterThanOrEqual(TEST_TIMEOUT_MS);
  });
});

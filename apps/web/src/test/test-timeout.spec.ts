import { describe, expect, it } from 'vitest';

/** vite.config.mts sets testTimeout; if it were set where vitest does not read it, tests would get the 5 s default. */
describe('the component-test timeout', () => {
  it('is the configured 30 s, not vitest’s default', ({ task }) => {
    expect(task.timeout).toBeGreaterThanOrEqual(30_000);
  });
});

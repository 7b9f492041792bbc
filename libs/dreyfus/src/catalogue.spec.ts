import { BUILT_IN_PAY_SCALES, CURRENT_PAY_YEAR, SOMERSET_LEVELS } from '@ladder/competencies';
import { BUILT_IN_POLICIES, DEFAULT_POLICY_REF } from './catalogue';
import { suggestPay } from './pay';
import { validatePolicy } from './policy';

const refOf = (policy: { key: string; version: number }) => `${policy.key} v${policy.version}`;

describe('the built-in policies', () => {
  it.each(BUILT_IN_POLICIES.map((policy) => [refOf(policy), policy] as const))('%s is valid', (_ref, policy) => {
    expect(validatePolicy(JSON.parse(JSON.stringify(policy)))).toEqual(policy);
  });

  it('ships each key and version once', () => {
    const refs = BUILT_IN_POLICIES.map(refOf);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('the default is somerset-default v1, and it is shipped', () => {
    expect(DEFAULT_POLICY_REF).toEqual({ key: 'somerset-default', version: 1 });
    expect(BUILT_IN_POLICIES.map(refOf)).toContain(refOf(DEFAULT_POLICY_REF));
  });

  it.each(
    BUILT_IN_POLICIES.flatMap((policy) => SOMERSET_LEVELS.map((level) => [refOf(policy), level, policy] as const)),
  )('%s: %s has a pay point in the current pay year', (_ref, level, policy) => {
    const payScale = BUILT_IN_PAY_SCALES.find((scale) => scale.year === CURRENT_PAY_YEAR);
    if (!payScale) throw new Error(`no shipped pay scale for ${CURRENT_PAY_YEAR}`);
    expect(suggestPay(level, policy.pay[level], payScale, '2015-01-01', '2026-01-01')).toMatchObject({
      payYear: CURRENT_PAY_YEAR,
      band: policy.pay[level].band,
    });
  });
});

import { BUILT_IN_FRAMEWORK_VERSIONS, BUILT_IN_PAY_SCALES, CURRENT_PAY_YEAR } from './catalogue';
import { FRAMEWORK_KEYS, validateFrameworkVersion, validatePayScale } from './validation';

describe('the built-in catalogue', () => {
  it.each(BUILT_IN_FRAMEWORK_VERSIONS.map((version) => [`${version.key} ${version.version}`, version] as const))(
    'framework version %s is valid and published',
    (_name, version) => {
      expect(validateFrameworkVersion(version)).toEqual([]);
      expect(version.status).toBe('published');
    },
  );

  it('ships one version of each framework: Somerset 2021.1, NHS England and Wales', () => {
    expect(BUILT_IN_FRAMEWORK_VERSIONS.map((version) => version.key)).toEqual([...FRAMEWORK_KEYS]);
    expect(BUILT_IN_FRAMEWORK_VERSIONS.map((version) => `${version.key} ${version.version}`)).toContain(
      'somerset 2021.1',
    );
  });

  it.each(BUILT_IN_PAY_SCALES.map((scale) => [scale.year, scale] as const))('pay year %s is valid', (_year, scale) => {
    expect(validatePayScale(scale)).toEqual([]);
  });

  it('ships each pay year once', () => {
    const years = BUILT_IN_PAY_SCALES.map((scale) => scale.year);
    expect(new Set(years).size).toBe(years.length);
  });

  it('the current pay year is 2020/21, and it is a shipped pay year', () => {
    expect(CURRENT_PAY_YEAR).toBe('2020/21');
    expect(BUILT_IN_PAY_SCALES.map((scale) => scale.year)).toContain(CURRENT_PAY_YEAR);
  });
});

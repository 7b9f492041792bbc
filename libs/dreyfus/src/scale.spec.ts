import {
  DREYFUS_SCALE,
  InvalidScoreError,
  dreyfusDescriptor,
  dreyfusName,
  formatDreyfusScore,
  parseDreyfusScore,
} from './scale';

describe('Dreyfus scale (Somerset Table 2)', () => {
  it.each([
    [0, 'Absence', 'Absence of and/ or highly inappropriate performance of skill'],
    [1, 'Novice', 'Minimal use of skill and /or inappropriate performance'],
    [2, 'Advanced Beginner', 'Evidence of some competence, with numerous problems or inconsistencies.'],
    [3, 'Competent', 'Competent, good skills with some minor problems or inconsistencies'],
    [4, 'Proficient', 'Very good skills, with minimal problems or inconsistencies'],
    [5, 'Expert', 'Excellent skills, no problems or inconsistencies.'],
  ] as const)('%i is %s', (score, name, descriptor) => {
    expect(parseDreyfusScore(score)).toBe(score);
    expect(dreyfusName(score)).toBe(name);
    expect(dreyfusDescriptor(score)).toBe(descriptor);
    expect(formatDreyfusScore(score)).toBe(`${score} (${name})`);
    expect(DREYFUS_SCALE[score]).toEqual({ score, name, descriptor });
  });

  it('normalises -0 to 0', () => {
    expect(Object.is(parseDreyfusScore(-0), 0)).toBe(true);
  });

  it.each([
    ['2.5', 2.5, '2.5 is not a valid Dreyfus score'],
    ['6', 6, '6 is not a valid Dreyfus score'],
    ['-1', -1, '-1 is not a valid Dreyfus score'],
    ["the string '3'", '3', '"3" is not a valid Dreyfus score'],
    ['NaN', Number.NaN, 'NaN is not a valid Dreyfus score'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity is not a valid Dreyfus score'],
    ['null', null, 'null is not a valid Dreyfus score'],
    ['undefined', undefined, 'undefined is not a valid Dreyfus score'],
    ['an object', { score: 3 }, 'a value of type object is not a valid Dreyfus score'],
  ])('rejects %s with an InvalidScoreError naming the value', (_label, value, message) => {
    const attempt = () => parseDreyfusScore(value);
    expect(attempt).toThrow(InvalidScoreError);
    expect(attempt).toThrow(message);
    expect(attempt).toThrow('expected a whole number from 0 (Absence) to 5 (Expert)');
  });

  it('names the field when given one', () => {
    expect(() => parseDreyfusScore(7, 'evidence[2].score')).toThrow(
      'evidence[2].score: 7 is not a valid Dreyfus score',
    );
  });
});

import { isValidNhsNumber, nhsNumberCheckDigit } from './nhs-number';

describe('NHS number modulus-11 check', () => {
  it.each([
    ['9434765919', true, 'the NHS Digital example number'],
    ['943 476 5919', true, 'grouped 3-3-4 with spaces'],
    ['943-476-5919', true, 'grouped 3-3-4 with hyphens'],
    ['4010232137', true, 'another valid number'],
    ['4505577104', true, 'a third valid number'],
    ['1000000060', true, 'remainder 0: the check digit is 0 (11 → 0)'],
    ['9434765918', false, 'wrong check digit'],
    ['9434765910', false, 'wrong check digit 0'],
    ['1000000010', false, 'nine digits whose check would be 10 (no such number)'],
    ['943476591', false, 'nine digits'],
    ['94347659190', false, 'eleven digits'],
    ['94 3476 5919', false, 'grouped 2-4-4'],
    ['943.476.5919', false, 'dots are not NHS number separators'],
    ['943 476 591a', false, 'a letter'],
    ['', false, 'empty'],
  ])('%s → %s (%s)', (value, valid) => {
    expect(isValidNhsNumber(value)).toBe(valid);
  });

  it.each([
    ['943476591', 9],
    ['401023213', 7],
    ['450557710', 4],
    ['100000006', 0],
    ['100000001', null],
    ['12345678', null],
  ])('check digit of %s is %s', (firstNine, check) => {
    expect(nhsNumberCheckDigit(firstNine)).toBe(check);
  });
});

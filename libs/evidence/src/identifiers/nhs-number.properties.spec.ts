import fc from 'fast-check';
import { isValidNhsNumber, nhsNumberCheckDigit } from './nhs-number';
import { findPossibleIdentifiers, newPossibleIdentifiers, possibleIdentifiersIn } from './possible-identifiers';

const TODAY = '2026-03-15';

/** Every valid NHS number: nine digits that have a check digit, then that digit. */
const validNhsNumber = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
  .map((digits) => digits.join(''))
  .filter((firstNine) => nhsNumberCheckDigit(firstNine) !== null)
  .map((firstNine) => `${firstNine}${nhsNumberCheckDigit(firstNine)}`);

const grouped = (digits: string, separator: string) =>
  `${digits.slice(0, 3)}${separator}${digits.slice(3, 6)}${separator}${digits.slice(6)}`;

describe('NHS number properties', () => {
  it('a number made of nine digits and their check digit is valid, however it is grouped', () => {
    fc.assert(
      fc.property(validNhsNumber, fc.constantFrom('', ' ', '-'), (digits, separator) => {
        expect(isValidNhsNumber(grouped(digits, separator))).toBe(true);
      }),
    );
  });

  // Modulus 11 is prime and no weight (10…2, and 1 for the check digit) is a multiple of it, so
  // changing any one digit always changes the weighted sum modulo 11.
  it('a valid number with any one digit changed is never valid', () => {
    fc.assert(
      fc.property(validNhsNumber, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (digits, at, by) => {
        const changed = (Number(digits[at]) + by) % 10;
        expect(isValidNhsNumber(`${digits.slice(0, at)}${changed}${digits.slice(at + 1)}`)).toBe(false);
      }),
    );
  });

  // Neighbouring weights differ by one, so swapping two different neighbours changes the sum by their difference.
  it('a valid number with two different neighbouring digits swapped is never valid', () => {
    fc.assert(
      fc.property(validNhsNumber, fc.integer({ min: 0, max: 8 }), (digits, at) => {
        fc.pre(digits[at] !== digits[at + 1]);
        const swapped = `${digits.slice(0, at)}${digits[at + 1]}${digits[at]}${digits.slice(at + 2)}`;
        expect(isValidNhsNumber(swapped)).toBe(false);
      }),
    );
  });

  it('the identifier check finds every valid NHS number in a sentence, and names the field holding it', () => {
    fc.assert(
      fc.property(validNhsNumber, fc.constantFrom('', ' ', '-'), (digits, separator) => {
        const text = `Seen today, NHS no ${grouped(digits, separator)}, for a follow-up.`;
        expect(findPossibleIdentifiers(text, TODAY)).toContainEqual({ kind: 'nhs-number', key: `nhs:${digits}` });
        expect(possibleIdentifiersIn({ notes: text }, TODAY)).toEqual([{ field: 'notes', kind: 'nhs-number' }]);
      }),
    );
  });
});

describe('possible identifier properties', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 60 }),
    validNhsNumber.map((digits) => `NHS ${digits}`),
    fc.constantFrom('Mrs Jones, DOB 12/03/1956', 'John Smith lives at BA1 1AA', 'Met at Frome Library'),
  );

  it('text that did not change brings in no new identifier', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(newPossibleIdentifiers('strengths', value, value, TODAY)).toEqual([]);
      }),
    );
  });

  it('new text in an empty field brings in exactly what the field holds', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(newPossibleIdentifiers('strengths', '', value, TODAY)).toEqual(
          possibleIdentifiersIn([['strengths', value]], TODAY),
        );
      }),
    );
  });

  it('fields given as an object are checked as the same pairs in the same order', () => {
    fc.assert(
      fc.property(text, text, (first, second) => {
        expect(possibleIdentifiersIn({ first, second }, TODAY)).toEqual(
          possibleIdentifiersIn(
            [
              ['first', first],
              ['second', second],
            ],
            TODAY,
          ),
        );
      }),
    );
  });
});

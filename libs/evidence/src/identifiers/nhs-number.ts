/**
 * NHS numbers: ten digits whose last digit is a modulus-11 check digit (NHS Data Dictionary,
 * "NHS Number"). Pure functions; no I/O.
 */

/** The check digit for the first nine digits of an NHS number, or null when none exists (remainder 1). */
export function nhsNumberCheckDigit(firstNine: string): number | null {
  if (!/^\d{9}$/.test(firstNine)) return null;
  let total = 0;
  for (let i = 0; i < 9; i++) total += Number(firstNine[i]) * (10 - i);
  const check = 11 - (total % 11);
  if (check === 11) return 0;
  if (check === 10) return null; // no NHS number has these nine digits
  return check;
}

/**
 * Whether ten digits form a valid NHS number. Spaces and hyphens between the 3-3-4 groups are
 * allowed (`943 476 5919`, `943-476-5919`); anything else is not an NHS number.
 */
export function isValidNhsNumber(value: string): boolean {
  const match = /^(\d{3})[ -]?(\d{3})[ -]?(\d{4})$/.exec(value);
  if (!match) return false;
  const digits = `${match[1]}${match[2]}${match[3]}`;
  return nhsNumberCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

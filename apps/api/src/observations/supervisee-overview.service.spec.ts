import { observationDue } from './supervisee-overview.service';

describe('observationDue', () => {
  const TODAY = '2026-11-21';
  it.each([
    [null, 'overdue', 'never observed'],
    ['2025-11-20', 'overdue', 'a day more than 12 months ago'],
    ['2025-11-21', 'due-soon', 'exactly 12 months ago still counts as within them'],
    ['2026-05-20', 'due-soon', 'a day more than 6 months ago'],
    ['2026-05-21', 'ok', 'exactly 6 months ago'],
    ['2026-11-21', 'ok', 'today'],
  ] as const)('last observed %s → %s (%s)', (last, due, _why) => {
    expect(observationDue(last, TODAY)).toBe(due);
  });

  it('counts calendar months, using the month’s last day where the day does not exist', () => {
    // Six months before 31 August is 28 February (there is no 31 February).
    expect(observationDue('2026-02-28', '2026-08-31')).toBe('ok');
    expect(observationDue('2026-02-27', '2026-08-31')).toBe('due-soon');
    // Twelve months before 29 February 2028 is 28 February 2027.
    expect(observationDue('2027-02-28', '2028-02-29')).toBe('due-soon');
    expect(observationDue('2027-02-27', '2028-02-29')).toBe('overdue');
  });
});

import { AFC_PAY_SCALE_2020_21 } from './afc-2020-21';

/**
 * Every pay point of Appendix 4 (NHS Agenda for Change Pay scales 2020-2021),
 * copied from the Somerset framework: years of experience, hourly, annual.
 */
const APPENDIX_4: Record<3 | 4 | 5, [string, string, string][]> = {
  3: [
    ['0-1', '£10.12', '£19,737'],
    ['1-2', '£10.12', '£19,737'],
    ['2-3', '£10.84', '£21,142'],
    ['3-4', '£10.84', '£21,142'],
    ['4-5', '£10.84', '£21,142'],
    ['5-6', '£10.84', '£21,142'],
    ['6+', '£10.84', '£21,142'],
  ],
  4: [
    ['0-1', '£11.22', '£21,892'],
    ['1-2', '£11.22', '£21,892'],
    ['2-3', '£11.22', '£21,892'],
    ['3-4', '£12.38', '£24,157'],
    ['4-5', '£12.38', '£24,157'],
    ['5-6', '£12.38', '£24,157'],
    ['6+', '£12.38', '£24,157'],
  ],
  5: [
    ['0-1', '£12.77', '£24,907'],
    ['1-2', '£12.77', '£24,907'],
    ['2-3', '£13.83', '£26,970'],
    ['3-4', '£13.83', '£26,970'],
    ['4-5', '£14.05', '£27,416'],
    ['5-6', '£14.05', '£27,416'],
    ['6-7', '£15.70', '£30,615'],
    ['7+', '£15.70', '£30,615'],
  ],
};

const asPrinted = (band: 3 | 4 | 5): [string, string, string][] =>
  AFC_PAY_SCALE_2020_21.bands
    .find((candidate) => candidate.band === band)!
    .points.map((point) => [
      point.maxYears === null ? `${point.minYears}+` : `${point.minYears}-${point.maxYears}`,
      `£${(point.hourlyPence / 100).toFixed(2)}`,
      `£${point.annualPounds.toLocaleString('en-GB')}`,
    ]);

describe('AfC 2020/21 pay scales (Appendix 4)', () => {
  it('is the 2020/21 pay year with Bands 3, 4 and 5 in order', () => {
    expect(AFC_PAY_SCALE_2020_21.year).toBe('2020/21');
    expect(AFC_PAY_SCALE_2020_21.bands.map((band) => band.band)).toEqual([3, 4, 5]);
  });

  it.each([3, 4, 5] as const)('holds every Band %i point exactly as printed', (band) => {
    expect(asPrinted(band)).toEqual(APPENDIX_4[band]);
  });
});

import { AFC_PAY_SCALE_2020_21, type PayScale, type SomersetLevel } from '@ladder/competencies';

import type { EvidenceItem } from './evidence';
import { InvalidPayScaleError, formatPence, formatPounds, suggestPay } from './pay';
import { SOMERSET_DEFAULT_POLICY } from './policy';
import { evaluateProgression } from './progression';
import { ALL, CORE, LEVEL_1, LEVEL_2_EVIDENCE, evaluate, scores, worker } from './test-helpers';

const EVIDENCE_FOR: Record<SomersetLevel, readonly EvidenceItem[]> = {
  entry: [],
  core: scores(CORE, 3, '2026-02-01'),
  'level-1': scores([...CORE, ...LEVEL_1], 3, '2026-02-01'),
  'level-2': LEVEL_2_EVIDENCE,
  'level-3': scores(ALL, 5, '2026-02-01'),
};

function payAt(level: SomersetLevel, experienceStartDate: string | null) {
  const result = evaluate(
    worker({
      evidence: [...EVIDENCE_FOR[level]],
      attestation: level === 'level-3' ? { attestedOn: '2026-01-01' } : null,
      experienceStartDate,
    }),
  );
  expect(result.level.key).toBe(level);
  return result.pay;
}

interface PayCase {
  name: string;
  level: SomersetLevel;
  start: string | null;
  band: number;
  years: number | null;
  annual: string;
  hourly: string;
}

describe('pay suggestion', () => {
  const cases: PayCase[] = [
    // The three worked examples (as-of 2026-03-15).
    {
      name: 'Level 1, Band 3, 2 completed years → £21,142',
      level: 'level-1',
      start: '2024-01-01',
      band: 3,
      years: 2,
      annual: '£21,142',
      hourly: '£10.84',
    },
    {
      name: 'Level 2, Band 4, 3 completed years → £24,157',
      level: 'level-2',
      start: '2023-01-01',
      band: 4,
      years: 3,
      annual: '£24,157',
      hourly: '£12.38',
    },
    {
      name: 'Level 3, Band 5, 6 completed years → £30,615',
      level: 'level-3',
      start: '2020-01-01',
      band: 5,
      years: 6,
      annual: '£30,615',
      hourly: '£15.70',
    },
    // Completed-years boundary: the day before the 2nd anniversary vs on it.
    {
      name: 'Level 1, day before the 2nd anniversary: 1 year → £19,737',
      level: 'level-1',
      start: '2024-03-16',
      band: 3,
      years: 1,
      annual: '£19,737',
      hourly: '£10.12',
    },
    {
      name: 'Level 1, on the 2nd anniversary: 2 years → £21,142',
      level: 'level-1',
      start: '2024-03-15',
      band: 3,
      years: 2,
      annual: '£21,142',
      hourly: '£10.84',
    },
    // Entry and Core: bottom of Band 3 whatever the experience.
    {
      name: 'Entry with 20 years of experience → bottom of Band 3',
      level: 'entry',
      start: '2006-01-01',
      band: 3,
      years: 20,
      annual: '£19,737',
      hourly: '£10.12',
    },
    {
      name: 'Core with 20 years of experience → bottom of Band 3',
      level: 'core',
      start: '2006-01-01',
      band: 3,
      years: 20,
      annual: '£19,737',
      hourly: '£10.12',
    },
    // No start date → bottom point.
    {
      name: 'Level 2 with no experience start date → bottom of Band 4',
      level: 'level-2',
      start: null,
      band: 4,
      years: null,
      annual: '£21,892',
      hourly: '£11.22',
    },
    {
      name: 'Level 3 with a start date after the as-of date → 0 years',
      level: 'level-3',
      start: '2027-01-01',
      band: 5,
      years: 0,
      annual: '£24,907',
      hourly: '£12.77',
    },
  ];

  it.each(cases)('$name', ({ level, start, band, years, annual, hourly }) => {
    const pay = payAt(level, start);
    expect(pay).toMatchObject({ payYear: '2020/21', band, completedYears: years, annual, hourly });
  });

  it('gives the point, amounts, reasoning and a plain disclaimer', () => {
    expect(payAt('level-2', '2023-01-01')).toEqual({
      payYear: '2020/21',
      payScaleTitle: 'NHS Agenda for Change Pay scales 2020-2021',
      band: 4,
      basis: 'experience',
      experienceStartDate: '2023-01-01',
      completedYears: 3,
      point: { minYears: 3, maxYears: 4, label: '3-4' },
      annualPounds: 24157,
      hourlyPence: 1238,
      annual: '£24,157',
      hourly: '£12.38',
      reasoning: [
        'Level 2 maps to AfC Band 4.',
        '3 completed years of relevant experience (since 2023-01-01, as of 2026-03-15): the Band 4 point ' +
          'for 3-4 years.',
        '2020/21 pay scale: £24,157 a year (£12.38 an hour).',
      ],
      disclaimer:
        "This is a suggestion only, following Somerset's suggested career and remuneration structure " +
        '(Table 1); pay is for the employer to decide.',
    });
  });

  it('says so when there is no experience start date', () => {
    expect(payAt('level-1', null).reasoning).toContain(
      'No experience start date recorded, so the bottom point of Band 3 is used.',
    );
  });

  it('says Entry and Core are paid at the bottom of Band 3 whatever the experience', () => {
    expect(payAt('core', '2006-01-01').reasoning).toContain(
      'Core is paid at the bottom point of Band 3 whatever the experience.',
    );
  });

  it('reads the open-ended last row (6+ years in Band 5 is "6-7", 7+ is "7+")', () => {
    expect(payAt('level-3', '2010-01-01').point).toEqual({ minYears: 7, maxYears: null, label: '7+' });
  });

  it('uses the pay year of the table it is given', () => {
    const raised: PayScale = {
      ...AFC_PAY_SCALE_2020_21,
      year: '2099/00',
      bands: AFC_PAY_SCALE_2020_21.bands.map((b) => ({
        ...b,
        points: b.points.map((p) => ({ ...p, annualPounds: p.annualPounds + 1000 })),
      })),
    };
    const result = evaluateProgression(worker(), SOMERSET_DEFAULT_POLICY, raised, '2026-03-15');
    expect(result.pay).toMatchObject({ payYear: '2099/00', annual: '£20,737' });
  });

  it('rejects a pay scale without the band needed', () => {
    const noBand4: PayScale = {
      ...AFC_PAY_SCALE_2020_21,
      bands: AFC_PAY_SCALE_2020_21.bands.filter((b) => b.band !== 4),
    };
    expect(() => suggestPay('level-2', { band: 4, basis: 'experience' }, noBand4, null, '2026-03-15')).toThrow(
      new InvalidPayScaleError('payScale.bands', 'pay year 2020/21 has no points for Band 4'),
    );
  });

  it('formats money', () => {
    expect([formatPounds(19737), formatPounds(999), formatPounds(1234567)]).toEqual(['£19,737', '£999', '£1,234,567']);
    expect([formatPence(1012), formatPence(1570), formatPence(5)]).toEqual(['£10.12', '£15.70', '£0.05']);
  });
});

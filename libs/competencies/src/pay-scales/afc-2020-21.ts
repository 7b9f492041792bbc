import type { PayScale } from '../model';

/**
 * NHS Agenda for Change pay scales 2020/21, Bands 3–5, as printed in the
 * Somerset framework's Appendix 4. Each row covers completed years of
 * experience from `minYears` up to (not including) `maxYears`.
 */
export const AFC_PAY_SCALE_2020_21: PayScale = {
  year: '2020/21',
  title: 'NHS Agenda for Change Pay scales 2020-2021',
  source: 'Training & Education Framework & Programme for Somerset Social Prescribing Workforce (2021), Appendix 4',
  bands: [
    {
      band: 3,
      points: [
        { minYears: 0, maxYears: 1, hourlyPence: 1012, annualPounds: 19737 },
        { minYears: 1, maxYears: 2, hourlyPence: 1012, annualPounds: 19737 },
        { minYears: 2, maxYears: 3, hourlyPence: 1084, annualPounds: 21142 },
        { minYears: 3, maxYears: 4, hourlyPence: 1084, annualPounds: 21142 },
        { minYears: 4, maxYears: 5, hourlyPence: 1084, annualPounds: 21142 },
        { minYears: 5, maxYears: 6, hourlyPence: 1084, annualPounds: 21142 },
        { minYears: 6, maxYears: null, hourlyPence: 1084, annualPounds: 21142 },
      ],
    },
    {
      band: 4,
      points: [
        { minYears: 0, maxYears: 1, hourlyPence: 1122, annualPounds: 21892 },
        { minYears: 1, maxYears: 2, hourlyPence: 1122, annualPounds: 21892 },
        { minYears: 2, maxYears: 3, hourlyPence: 1122, annualPounds: 21892 },
        { minYears: 3, maxYears: 4, hourlyPence: 1238, annualPounds: 24157 },
        { minYears: 4, maxYears: 5, hourlyPence: 1238, annualPounds: 24157 },
        { minYears: 5, maxYears: 6, hourlyPence: 1238, annualPounds: 24157 },
        { minYears: 6, maxYears: null, hourlyPence: 1238, annualPounds: 24157 },
      ],
    },
    {
      band: 5,
      points: [
        { minYears: 0, maxYears: 1, hourlyPence: 1277, annualPounds: 24907 },
        { minYears: 1, maxYears: 2, hourlyPence: 1277, annualPounds: 24907 },
        { minYears: 2, maxYears: 3, hourlyPence: 1383, annualPounds: 26970 },
        { minYears: 3, maxYears: 4, hourlyPence: 1383, annualPounds: 26970 },
        { minYears: 4, maxYears: 5, hourlyPence: 1405, annualPounds: 27416 },
        { minYears: 5, maxYears: 6, hourlyPence: 1405, annualPounds: 27416 },
        { minYears: 6, maxYears: 7, hourlyPence: 1570, annualPounds: 30615 },
        { minYears: 7, maxYears: null, hourlyPence: 1570, annualPounds: 30615 },
      ],
    },
  ],
};

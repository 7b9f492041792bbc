import { AFC_PAY_SCALE_2020_21 } from '@ladder/competencies';
import { everyone, PLATFORM_ADMIN_ONLY, PUBLIC_READ, type RouteTable } from '../route-spec';
import { nextSerial } from '../world';

/** A new, valid pay year each time (stored years never change, so each success needs its own). */
function newPayYear() {
  const start = 2040 + nextSerial();
  return {
    ...(JSON.parse(JSON.stringify(AFC_PAY_SCALE_2020_21)) as typeof AFC_PAY_SCALE_2020_21),
    year: `${start}/${String((start + 1) % 100).padStart(2, '0')}`,
    title: `Access matrix pay year ${start}`,
    source: 'Test data: the 2020/21 scale under a new year',
  };
}

/** apps/api/src/pay-scales: published documents, public reads, platform-admin writes. */
export const PAY_SCALE_ROUTES: RouteTable = {
  'GET /api/pay-scales': { ...PUBLIC_READ, expect: everyone(200) },
  'GET /api/pay-scales/{year}': {
    ...PUBLIC_READ,
    request: () => ({ params: { year: '2020-21' } }),
    expect: everyone(200),
  },
  'POST /api/pay-scales': { request: () => ({ body: newPayYear() }), expect: PLATFORM_ADMIN_ONLY(201) },
};

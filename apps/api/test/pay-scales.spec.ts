import type { INestApplication } from '@nestjs/common';
import { AFC_PAY_SCALE_2020_21, type PayScale } from '@ladder/competencies';
import request from 'supertest';
import { PayScaleService } from '../src/pay-scales/pay-scale.service';
import { anonymousClient, type ApiClient } from './auth-helpers';
import type { Factories, TestPerson } from './factories';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';

/** A valid 2021/22 year: the 2020/21 rows with every amount raised by 3%. */
const PAY_2021_22: PayScale = {
  year: '2021/22',
  title: 'NHS Agenda for Change Pay scales 2021-2022',
  source: 'Test data: the 2020/21 scale raised by 3%',
  bands: AFC_PAY_SCALE_2020_21.bands.map((band) => ({
    band: band.band,
    points: band.points.map((point) => ({
      ...point,
      hourlyPence: Math.round(point.hourlyPence * 1.03),
      annualPounds: Math.round(point.annualPounds * 1.03),
    })),
  })),
};

/** Pay scales: public reads, admin-only new years, and rows that never change once stored. */
describe('pay scales (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let factories: Factories;
  let platformAdmin: TestPerson;
  let admin: ApiClient;

  const storedRow = async (year: string) =>
    (
      await ownerQuery<{ row: string }>(
        databaseUrl,
        `SELECT row_to_json(p)::text AS row FROM pay_scales p WHERE year = $1`,
        [year],
      )
    )[0]?.row;

  beforeAll(async () => {
    ({ app, databaseUrl, factories } = await createTestApp());
    await app.get(PayScaleService).storeBuiltIns();
    platformAdmin = await factories.newPlatformAdmin();
    admin = await factories.signedInClient(platformAdmin);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('serves the pay years to anyone, without a session', async () => {
    const list = await request(app.getHttpServer()).get('/api/pay-scales').expect(200);
    expect(list.body).toEqual([AFC_PAY_SCALE_2020_21]);
    const year = await request(app.getHttpServer()).get('/api/pay-scales/2020-21').expect(200);
    expect(year.body).toEqual(AFC_PAY_SCALE_2020_21);
  });

  it('lets a platform administrator add a new pay year, served from then on', async () => {
    const response = await admin.post('/api/pay-scales', PAY_2021_22).expect(201);
    expect(response.body).toEqual(PAY_2021_22);
    const served = await request(app.getHttpServer()).get('/api/pay-scales/2021-22').expect(200);
    expect(served.body).toEqual(PAY_2021_22);
    const [row] = await ownerQuery<{ created_by: string }>(
      databaseUrl,
      `SELECT created_by FROM pay_scales WHERE year = '2021/22'`,
    );
    expect(row.created_by).toBe(platformAdmin.id);
  });

  it('answers the same pay year sent again (a retry) with the one stored, writing nothing', async () => {
    const before = await storedRow('2021/22');
    const again = await admin.post('/api/pay-scales', PAY_2021_22).expect(201);
    expect(again.body).toEqual(PAY_2021_22);
    expect(await storedRow('2021/22')).toBe(before);
  });

  it('refuses to overwrite a stored year with 409, and the row is unchanged', async () => {
    const before = await storedRow('2020/21');
    const response = await admin
      .post('/api/pay-scales', { ...PAY_2021_22, year: '2020/21', title: 'Overwritten' })
      .expect(409);
    expect(response.body.message).toBe(
      'Pay year 2020/21 is already stored. Stored pay years never change: a new pay year is a new entry.',
    );
    expect(await storedRow('2020/21')).toBe(before);
  });

  it('refuses a scale that breaks the rules with 400 listing every problem, and stores nothing', async () => {
    const [band3, band4, band5] = PAY_2021_22.bands;
    const invalid: PayScale = {
      ...PAY_2021_22,
      year: '2022/24',
      bands: [
        band3,
        {
          ...band5,
          points: band5.points.map((point, i) => (i === 2 ? { ...point, hourlyPence: 1000 } : point)),
        },
        { ...band4, points: band4.points.map((point, i) => (i === 0 ? { ...point, annualPounds: -1 } : point)) },
      ],
    };
    const response = await admin.post('/api/pay-scales', invalid).expect(400);
    expect(response.body.message).toBe('The pay scale is not valid: 4 problems');
    expect(response.body.errors).toEqual([
      'year: second part must be the year after the first (got 2022/24)',
      'bands: must be bands 3, 4 and 5, each once, in ascending order (got 3, 5, 4)',
      `bands[1].points[2].hourlyPence: must not be lower than the previous point's (${band5.points[1].hourlyPence})`,
      'bands[2].points[0].annualPounds: must be a positive integer',
    ]);
    expect(await storedRow('2022/24')).toBeUndefined();
  });

  it.each([
    [{ ...PAY_2021_22, year: '2023/24', bands: 'none' }, 'bands must be an array'],
    [{ ...PAY_2021_22, year: '2023/24', approved: true }, 'property approved should not exist'],
    [
      {
        ...PAY_2021_22,
        year: '2023/24',
        bands: [{ band: 3, points: [{ minYears: 0, maxYears: '1', hourlyPence: 1, annualPounds: 1 }] }],
      },
      'bands.0.points.0.maxYears must be an integer or null',
    ],
  ])('refuses a malformed body with 400 (%#)', async (body, error) => {
    const response = await admin.post('/api/pay-scales', body).expect(400);
    expect(response.body.errors).toContain(error);
    expect(await storedRow('2023/24')).toBeUndefined();
  });

  it('refuses anyone who is not a platform administrator with 403, and stores nothing', async () => {
    const employerAdmin = await factories.signedInClient(
      await factories.newPerson(await factories.newOrganisation(), { roles: ['employer_admin'] }),
    );
    const response = await employerAdmin.post('/api/pay-scales', { ...PAY_2021_22, year: '2024/25' }).expect(403);
    expect(response.body.message).toBe('Only platform administrators can do this');
    expect(await storedRow('2024/25')).toBeUndefined();
  });

  it('refuses a request without a session with 401, and stores nothing', async () => {
    const anonymous = await anonymousClient(app);
    await anonymous.post('/api/pay-scales', { ...PAY_2021_22, year: '2024/25' }).expect(401);
    expect(await storedRow('2024/25')).toBeUndefined();
  });

  describe('immutability in the database itself', () => {
    it.each([
      ['UPDATE', `UPDATE pay_scales SET title = 'Edited' WHERE year = '2020/21'`],
      ['UPDATE of the bands', `UPDATE pay_scales SET bands = '[]' WHERE year = '2020/21'`],
      ['DELETE', `DELETE FROM pay_scales WHERE year = '2020/21'`],
    ])('refuses %s of a stored year, even by the table owner', async (_name, sql) => {
      const before = await storedRow('2020/21');
      await expect(ownerQuery(databaseUrl, sql)).rejects.toThrow(
        'pay year 2020/21 is stored and cannot be changed or deleted; a new pay year is a new row',
      );
      expect(await storedRow('2020/21')).toBe(before);
    });

    it('refuses TRUNCATE', async () => {
      await expect(ownerQuery(databaseUrl, `TRUNCATE pay_scales`)).rejects.toThrow(
        'pay_scales holds immutable reference data and cannot be truncated',
      );
      expect(await storedRow('2020/21')).toBeDefined();
    });

    it('gives the API’s own database role no UPDATE or DELETE on pay scales', async () => {
      await expect(
        ownerQuery(databaseUrl, `SET ROLE ladder_app; UPDATE pay_scales SET title = 'Edited' WHERE year = '2020/21'`),
      ).rejects.toThrow('permission denied for table pay_scales');
      await expect(
        ownerQuery(databaseUrl, `SET ROLE ladder_app; DELETE FROM pay_scales WHERE year = '2020/21'`),
      ).rejects.toThrow('permission denied for table pay_scales');
    });
  });
});

import type { INestApplication } from '@nestjs/common';
import { AFC_PAY_SCALE_2020_21 } from '@ladder/competencies';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DemoService } from '../src/demo/demo.service';
import { DEMO_ORGANISATION, DEMO_PEOPLE } from '../src/demo/demo-people';
import { PayScaleService } from '../src/pay-scales/pay-scale.service';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';

describe('persistence through the API (real PostgreSQL)', () => {
  let app: INestApplication;
  let dataSource: DataSource;
  let databaseUrl: string;

  beforeAll(async () => {
    ({ app, databaseUrl } = await createTestApp({ demoMode: true }));
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('reads back through the API a pay year inserted into the database', async () => {
    const bands = [{ band: 3, points: [{ minYears: 0, maxYears: null, hourlyPence: 1111, annualPounds: 21234 }] }];
    await dataSource.query(`INSERT INTO pay_scales (year, title, source, bands) VALUES ($1, $2, $3, $4)`, [
      '2031/32',
      'Test pay year',
      'inserted by a test',
      JSON.stringify(bands),
    ]);

    const response = await request(app.getHttpServer()).get('/api/pay-scales/2031-32').expect(200);
    expect(response.body).toEqual({ year: '2031/32', title: 'Test pay year', source: 'inserted by a test', bands });
  });

  it('stores the built-in 2020/21 pay scale once, however often start-up runs', async () => {
    await app.get(PayScaleService).storeBuiltIns();
    await app.get(PayScaleService).storeBuiltIns();

    const response = await request(app.getHttpServer()).get('/api/pay-scales').expect(200);
    const years = (response.body as { year: string }[]).map((scale) => scale.year);
    expect(years.filter((year) => year === '2020/21')).toHaveLength(1);
    const stored = (response.body as { year: string }[]).find((scale) => scale.year === '2020/21');
    expect(stored).toEqual(AFC_PAY_SCALE_2020_21);
  });

  it('answers 404 naming the pay year that does not exist', async () => {
    const response = await request(app.getHttpServer()).get('/api/pay-scales/1999-00').expect(404);
    expect(response.body.message).toBe('No pay scale for pay year 1999/00');
  });

  it('loads the demo organisation idempotently: one employer admin, two supervisors, four link workers', async () => {
    await app.get(DemoService).load();
    await app.get(DemoService).load();

    const rows = await ownerQuery<{ roles: string[]; password_hash: string }>(
      databaseUrl,
      `SELECT roles, password_hash FROM people WHERE organisation_id = $1`,
      [DEMO_ORGANISATION.id],
    );
    expect(rows).toHaveLength(DEMO_PEOPLE.length);
    const count = (role: string) => rows.filter((row) => row.roles.includes(role)).length;
    expect([count('employer_admin'), count('supervisor'), count('link_worker')]).toEqual([1, 2, 4]);
    for (const row of rows) expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it('tells the web app whether it runs in demo mode', async () => {
    const response = await request(app.getHttpServer()).get('/api/about').expect(200);
    expect(response.body).toEqual({ service: 'Ladder', version: '0.1.0', demoMode: true });
  });

  it('serves the OpenAPI document listing the routes', async () => {
    const response = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/pay-scales', '/api/pay-scales/{year}', '/api/about']),
    );
  });

  it('never leaks internals: an unknown route is a plain 404', async () => {
    const response = await request(app.getHttpServer()).get('/api/no-such-route').expect(404);
    expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Cannot GET /api/no-such-route' });
  });
});

describe('request hardening', () => {
  let app: INestApplication;

  beforeAll(async () => {
    ({ app } = await createTestApp());
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ');
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/JSON/);
  });

  it('refuses a body over 1 MB with a 413', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'x@y.test', password: 'p'.repeat(1_100_000) }));
    expect(response.status).toBe(413);
    expect(response.body.message).toBe('The request body is too large');
  });

  it('sets security headers, with a strict content security policy', async () => {
    const response = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

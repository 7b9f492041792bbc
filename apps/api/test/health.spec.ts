import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { createTestApp } from './test-app';

describe('GET /api/health (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;

  beforeAll(async () => {
    ({ app, databaseUrl } = await createTestApp());
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers 200 when the database is reachable', async () => {
    const response = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'reachable' });
  });

  it('answers 503 with a clear body when the database goes away', async () => {
    const url = new URL(databaseUrl);
    const database = url.pathname.slice(1);
    url.pathname = '/postgres';
    const admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE "${database}" WITH (FORCE)`);
    await admin.end();

    const response = await request(app.getHttpServer()).get('/api/health').expect(503);
    expect(response.body).toEqual({
      status: 'unavailable',
      database: 'unreachable',
      detail: 'The database is not reachable; Ladder cannot read or save records until it is.',
    });
  });
});

import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadDemoPeople, signInAs, type ApiClient } from './auth-helpers';
import { createTestApp } from './test-app';

/** Personal data is never kept by a browser or proxy cache (issue 11, gap 9). */
describe('Cache-Control on API answers (real app)', () => {
  let app: INestApplication;
  let worker: ApiClient;
  let workerId: string;

  beforeAll(async () => {
    ({ app } = await createTestApp());
    await loadDemoPeople(app);
    worker = await signInAs(app, 'sam.link@demo.ladder.test');
    workerId = ((await worker.get('/api/auth/me').expect(200)).body as { personId: string }).personId;
  });

  afterAll(async () => {
    await app?.close();
  });

  it.each([
    ['the signed-in person', () => worker.get('/api/auth/me')],
    ['a worker’s progression', () => worker.get(`/api/people/${workerId}/progression`)],
    ['a worker’s observations', () => worker.get(`/api/observations?workerId=${workerId}`)],
    ['a refusal', () => request(app.getHttpServer()).get('/api/auth/me')],
    ['a sign-in', () => request(app.getHttpServer()).post('/api/auth/login').send({})],
  ])('%s is sent with Cache-Control: no-store', async (_name, send) => {
    const response = await send();
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { ApiClient } from './auth-helpers';
import { createTestApp } from './test-app';

/** Personal data is never kept by a browser or proxy cache (issue 11, gap 9). */
describe('Cache-Control on API answers (real app)', () => {
  let app: INestApplication;
  let worker: ApiClient;
  let workerId: string;

  beforeAll(async () => {
    const testApp = await createTestApp();
    app = testApp.app;
    const { factories } = testApp;
    const person = await factories.newPerson(await factories.newOrganisation(), { roles: ['link_worker'] });
    worker = await factories.signedInClient(person);
    workerId = person.id;
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

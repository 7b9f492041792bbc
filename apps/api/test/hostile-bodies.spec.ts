import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { MAX_JSON_DEPTH } from '../src/common/json-depth';
import type { ApiClient } from './auth-helpers';
import { createTestApp } from './test-app';

/** Hostile request bodies are refused cheaply with a 400 naming the problem, never a 500 (issue 11, gap 1). */
describe('deeply nested JSON bodies (real app)', () => {
  let app: INestApplication;
  let supervisor: ApiClient;

  beforeAll(async () => {
    const testApp = await createTestApp();
    app = testApp.app;
    const { factories } = testApp;
    const organisation = await factories.newOrganisation();
    supervisor = await factories.signedInClient(await factories.newPerson(organisation, { roles: ['supervisor'] }));
  });

  afterAll(async () => {
    await app?.close();
  });

  const nested = (levels: number) => `{"email":${'['.repeat(levels)}${']'.repeat(levels)}}`;
  const TOO_DEEP = `The request body nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`;

  it.each([
    ['POST', '/api/auth/login'],
    ['POST', '/api/auth/password-reset'],
    ['POST', '/api/observations'],
    ['PUT', '/api/observations/00000000-0000-4000-8000-000000000000'],
    ['POST', '/api/frameworks/import'],
  ])('%s %s answers 10 KB of nesting with a 400 before anything else runs', async (method, path) => {
    const response = await request(app.getHttpServer())
      [method === 'PUT' ? 'put' : 'post'](path)
      .set('Content-Type', 'application/json')
      .send(nested(5_000));
    expect(response.status).toBe(400);
    expect(response.body.message).toBe(TOO_DEEP);
  });

  it.each(['/api/progression/evaluate', '/api/observations'])(
    'POST %s, signed in with the CSRF token, answers 10 KB of nesting with a 400, not a 500',
    async (path) => {
      const response = await supervisor.agent
        .post(path)
        .set('X-CSRF-Token', supervisor.csrfToken)
        .set('Content-Type', 'application/json')
        .send(`{"evidence":${'['.repeat(5_000)}${']'.repeat(5_000)}}`);
      expect(response.status).toBe(400);
      expect(response.body.message).toBe(TOO_DEEP);
    },
  );

  it('refuses 900 KB of nested arrays sent with no sign-in', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('['.repeat(900_000));
    expect(response.status).toBe(400);
    expect(response.body.message).toBe(TOO_DEEP);
  });

  it(`lets a body nested ${MAX_JSON_DEPTH} levels deep through to the usual checks (here: no CSRF token, 403)`, async () => {
    const response = await request(app.getHttpServer())
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(nested(MAX_JSON_DEPTH - 1));
    expect(response.status).toBe(403);
    expect(response.body.message).not.toBe(TOO_DEEP);
  });
});

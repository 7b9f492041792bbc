import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { ApiClient } from './auth-helpers';
import type { TestPerson } from './factories';
import { createTestApp } from './test-app';
import { planObservationBody } from './fixtures';

/** Malformed input is a 400 naming the field, never a 500 (issue 11, gap 2). */
describe('malformed input (real app)', () => {
  let app: INestApplication;
  let supervisor: ApiClient;
  let admin: ApiClient;
  let worker: TestPerson;
  let draft: { id: string; revision: number };

  beforeAll(async () => {
    const testApp = await createTestApp();
    app = testApp.app;
    const { factories } = testApp;
    const organisation = await factories.newOrganisation();
    worker = await factories.newPerson(organisation, { roles: ['link_worker'] });
    const supervisorPerson = await factories.newPerson(organisation, { roles: ['supervisor'] });
    await factories.newSupervisionAssignment({ supervisor: supervisorPerson, worker });
    supervisor = await factories.signedInClient(supervisorPerson);
    admin = await factories.signedInClient(await factories.newPerson(organisation, { roles: ['employer_admin'] }));
    const created = await supervisor.post('/api/observations', planObservationBody(worker.id)).expect(201);
    draft = created.body;
  });

  afterAll(async () => {
    await app?.close();
  });

  const anonymousPost = (path: string, body: object) =>
    request(app.getHttpServer())
      .get('/api/auth/csrf')
      .then(async (csrf) => {
        const cookie = csrf.headers['set-cookie'];
        return request(app.getHttpServer())
          .post(path)
          .set('Cookie', cookie)
          .set('X-CSRF-Token', (csrf.body as { csrfToken: string }).csrfToken)
          .send(body);
      });

  const expectFieldError = (response: request.Response, field: string) => {
    expect({ status: response.status, message: response.body.message }).toEqual({
      status: 400,
      message: expect.stringContaining(field),
    });
  };

  it.each([
    ['a NUL byte', 'sam\u0000@example.org'],
    ['a lone surrogate', 'sam\ud800@example.org'],
  ])('sign-in with %s in the email', async (_name, email) => {
    expectFieldError(await anonymousPost('/api/auth/login', { email, password: 'any password at all' }), 'email');
  });

  it.each([
    ['a NUL byte', 'sam\u0000@example.org'],
    ['a lone surrogate', 'sam\udc00@example.org'],
  ])('a password-reset request with %s in the email', async (_name, email) => {
    expectFieldError(await anonymousPost('/api/auth/password-reset', { email }), 'email');
  });

  it('a NUL byte in observation text', async () => {
    expectFieldError(
      await supervisor.put(`/api/observations/${draft.id}`, { revision: draft.revision, strengths: 'Warm\u0000' }),
      'strengths',
    );
  });

  it('a revision beyond the database’s integers', async () => {
    expectFieldError(
      await supervisor.put(`/api/observations/${draft.id}`, { revision: 2 ** 40, strengths: 'Warm' }),
      'revision',
    );
  });

  it('adopting a policy version beyond the database’s integers', async () => {
    expectFieldError(
      await admin.put('/api/organisation/policy', { key: 'somerset-default', version: 2 ** 40 }),
      'version',
    );
  });

  it.each(['0000-01-05', '0000-02-29'])('an observation date in year 0 (%s)', async (observedOn) => {
    expectFieldError(
      await supervisor.put(`/api/observations/${draft.id}`, { revision: draft.revision, observedOn }),
      'observedOn',
    );
  });

  it('a progression as-of date in year 0', async () => {
    expectFieldError(await supervisor.get(`/api/people/${worker.id}/progression?asOf=0000-06-01`), 'asOf');
  });

  it.each([
    '/api/frameworks/somerset/versions/%00',
    '/api/frameworks/somerset/versions/%00/case',
    '/api/pay-scales/%00',
    '/api/invitations/%00',
  ])('%s, a NUL byte in a public path', async (path) => {
    const response = await request(app.getHttpServer()).get(path);
    expect(response.status).toBe(400);
  });
});

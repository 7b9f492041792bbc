import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ApiClient } from './auth-helpers';
import type { TestPerson } from './factories';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';
import { planObservationBody } from './fixtures';

/** Planning an observation with an idempotency key plans it once, however often it is sent (issue 11, gap 4). */
describe('planning an observation with an idempotency key (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let supervisor: ApiClient;
  let sam: TestPerson;
  let alex: TestPerson;

  beforeAll(async () => {
    const testApp = await createTestApp();
    ({ app, databaseUrl } = testApp);
    const { factories } = testApp;
    const organisation = await factories.newOrganisation();
    const supervisorPerson = await factories.newPerson(organisation, { roles: ['supervisor'] });
    sam = await factories.newPerson(organisation, { roles: ['link_worker'] });
    alex = await factories.newPerson(organisation, { roles: ['link_worker'] });
    await factories.newSupervisionAssignment({ supervisor: supervisorPerson, worker: sam });
    await factories.newSupervisionAssignment({ supervisor: supervisorPerson, worker: alex });
    supervisor = await factories.signedInClient(supervisorPerson);
  });

  afterAll(async () => {
    await app?.close();
  });

  const plan = (worker: TestPerson, idempotencyKey?: string) =>
    supervisor.post('/api/observations', planObservationBody(worker.id, idempotencyKey ? { idempotencyKey } : {}));
  const draftsOf = async (worker: TestPerson) =>
    (
      await ownerQuery<{ n: number }>(databaseUrl, `SELECT count(*)::int AS n FROM observations WHERE worker_id = $1`, [
        worker.id,
      ])
    )[0].n;

  it('stores one draft for ten requests sent at once with the same key, and answers each with it', async () => {
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 10 }, () => plan(sam, key)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
    expect(await draftsOf(sam)).toBe(1);
    expect((await plan(sam, key)).body.id).toBe(answers[0].body.id);
    expect(await draftsOf(sam)).toBe(1);
  });

  it('refuses a key already used to plan another observation with a 409, storing nothing', async () => {
    const key = randomUUID();
    await plan(sam, key).expect(201);
    const before = await draftsOf(alex);
    const reused = await plan(alex, key).expect(409);
    expect(reused.body.message).toMatch(/already used to plan another observation/);
    expect(await draftsOf(alex)).toBe(before);
  });

  it('plans a new draft for each request without a key, as before', async () => {
    const before = await draftsOf(alex);
    await plan(alex).expect(201);
    await plan(alex).expect(201);
    expect(await draftsOf(alex)).toBe(before + 2);
  });
});

import type { INestApplication } from '@nestjs/common';
import type { Factories, TestOrganisation } from './factories';
import { TEST_PASSWORD } from './factories';
import { anonymousClient, signInAs } from './auth-helpers';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';

/** The factories plant what they say, and their clients are signed in as far as the real guards can tell. */
describe('medium-test factories (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let make: Factories;
  let organisation: TestOrganisation;

  beforeAll(async () => {
    ({ app, databaseUrl, factories: make } = await createTestApp());
    organisation = await make.newOrganisation({ name: 'Frome Valley PCN' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('signs a person in by a session row: who-am-I answers for them, and a state-changing request passes CSRF', async () => {
    const worker = await make.newPerson(organisation, { roles: ['link_worker'], fullName: 'Ada Lane' });
    const client = await make.signedInClient(worker);
    const me = await client.get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({
      personId: worker.id,
      fullName: 'Ada Lane',
      organisation: { id: organisation.id, name: 'Frome Valley PCN' },
      roles: ['link_worker'],
      totpEnabled: false,
    });
    await client.post('/api/auth/logout').expect(204);
    await client.get('/api/auth/me').expect(401);
  });

  it('gives an employer admin the second factor their role needs, so their session is not restricted', async () => {
    const admin = await make.newPerson(organisation, { roles: ['employer_admin'] });
    expect(admin.totpSecret).toMatch(/^[A-Z2-7]+$/);
    const client = await make.signedInClient(admin);
    expect((await client.get('/api/auth/me').expect(200)).body).toMatchObject({
      totpEnabled: true,
      totpRequired: true,
    });
    await client.get('/api/people').expect(200);
  });

  it('leaves the second factor off when asked, and the real guard then restricts the session', async () => {
    const admin = await make.newPerson(organisation, { roles: ['employer_admin'], secondFactor: false });
    const client = await make.signedInClient(admin);
    await client.get('/api/people').expect(403);
  });

  it('stores the once-per-run hash of the test password, so real sign-in works too', async () => {
    const worker = await make.newPerson(organisation, { roles: ['link_worker'] });
    await (await signInAs(app, worker.email, TEST_PASSWORD)).get('/api/auth/me').expect(200);
    const anonymous = await anonymousClient(app);
    await anonymous.post('/api/auth/login', { email: worker.email, password: 'not the password' }).expect(401);
  });

  it('plants a platform admin in no organisation, and a supervision assignment in the worker’s', async () => {
    const platformAdmin = await make.newPlatformAdmin();
    expect((await (await make.signedInClient(platformAdmin)).get('/api/auth/me').expect(200)).body).toMatchObject({
      isPlatformAdmin: true,
      organisation: null,
    });
    const supervisor = await make.newPerson(organisation, { roles: ['supervisor'], supervisionTypes: ['clinical'] });
    const worker = await make.newPerson(organisation, { roles: ['link_worker'] });
    const { id } = await make.newSupervisionAssignment({ supervisor, worker, supervisionType: 'clinical' });
    await expect(
      ownerQuery(
        databaseUrl,
        `SELECT organisation_id, supervisor_id, worker_id FROM supervision_assignments WHERE id = $1`,
        [id],
      ),
    ).resolves.toEqual([{ organisation_id: organisation.id, supervisor_id: supervisor.id, worker_id: worker.id }]);
  });
});

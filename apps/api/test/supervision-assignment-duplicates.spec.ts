import type { INestApplication } from '@nestjs/common';
import { daysAgoUtc } from '../src/common/calendar-date';
import type { ApiClient } from './auth-helpers';
import type { TestPerson } from './factories';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';

/** An assignment is stored once however often it is sent, and the database refuses overlapping copies (issue 11, gap 3). */
describe('duplicate supervision assignments (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let admin: ApiClient;
  let supervisorTwo: ApiClient;
  let SUPERVISOR_TWO: TestPerson;
  let SAM: TestPerson;

  beforeAll(async () => {
    const testApp = await createTestApp();
    ({ app, databaseUrl } = testApp);
    const { factories } = testApp;
    const organisation = await factories.newOrganisation();
    SUPERVISOR_TWO = await factories.newPerson(organisation, { roles: ['supervisor'] });
    SAM = await factories.newPerson(organisation, { roles: ['link_worker'] });
    admin = await factories.signedInClient(await factories.newPerson(organisation, { roles: ['employer_admin'] }));
    supervisorTwo = await factories.signedInClient(SUPERVISOR_TWO);
  });

  afterAll(async () => {
    await app?.close();
  });

  const storedCopies = async (supervisionType: string) =>
    (
      await ownerQuery<{ id: string }>(
        databaseUrl,
        `SELECT id FROM supervision_assignments WHERE supervisor_id = $1 AND worker_id = $2 AND supervision_type = $3`,
        [SUPERVISOR_TWO.id, SAM.id, supervisionType],
      )
    ).map((row) => row.id);

  it('stores ten identical assignments sent at once as one, answering every request with it; ending it ends the access', async () => {
    const assignment = {
      supervisorId: SUPERVISOR_TWO.id,
      workerId: SAM.id,
      supervisionType: 'group',
      startsOn: '2024-01-01',
    };
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => admin.post('/api/supervision-assignments', assignment)),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(201));
    const stored = await storedCopies('group');
    expect(stored).toHaveLength(1);
    expect(new Set(responses.map((response) => response.body.id))).toEqual(new Set(stored));

    await supervisorTwo.get(`/api/people/${SAM.id}`).expect(200);
    await admin.patch(`/api/supervision-assignments/${stored[0]}`, { endsOn: daysAgoUtc(1) }).expect(200);
    await supervisorTwo.get(`/api/people/${SAM.id}`).expect(403);
  });

  it('answers an overlapping assignment with different dates with a 409, and stores nothing', async () => {
    await admin
      .post('/api/supervision-assignments', {
        supervisorId: SUPERVISOR_TWO.id,
        workerId: SAM.id,
        supervisionType: 'workplace',
        startsOn: '2024-01-01',
        endsOn: '2024-12-31',
      })
      .expect(201);
    const overlapping = await admin
      .post('/api/supervision-assignments', {
        supervisorId: SUPERVISOR_TWO.id,
        workerId: SAM.id,
        supervisionType: 'workplace',
        startsOn: '2024-06-01',
      })
      .expect(409);
    expect(overlapping.body.message).toMatch(/already gives this worker this kind of supervision/);
    expect(await storedCopies('workplace')).toHaveLength(1);
  });

  it('refuses, in the database itself, an overlapping copy inserted by raw SQL', async () => {
    await expect(
      ownerQuery(
        databaseUrl,
        `INSERT INTO supervision_assignments (organisation_id, supervisor_id, worker_id, supervision_type, starts_on, ends_on)
         SELECT organisation_id, supervisor_id, worker_id, supervision_type, starts_on + 1, NULL
           FROM supervision_assignments WHERE supervisor_id = $1 AND worker_id = $2 AND supervision_type = 'workplace'`,
        [SUPERVISOR_TWO.id, SAM.id],
      ),
    ).rejects.toThrow(/supervision_assignments_no_overlap/);
  });

  it('answers extending an assignment over another of the same kind with a 409', async () => {
    const later = await admin
      .post('/api/supervision-assignments', {
        supervisorId: SUPERVISOR_TWO.id,
        workerId: SAM.id,
        supervisionType: 'workplace',
        startsOn: '2025-06-01',
        endsOn: '2025-06-30',
      })
      .expect(201);
    const [earlier] = (await storedCopies('workplace')).filter((id) => id !== later.body.id);
    const extended = await admin.patch(`/api/supervision-assignments/${earlier}`, { endsOn: '2025-12-31' }).expect(409);
    expect(extended.body.message).toMatch(/overlap/);
  });
});

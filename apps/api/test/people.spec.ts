import type { INestApplication } from '@nestjs/common';
import { daysAgoUtc, todayUtc } from '../src/common/calendar-date';
import { PLATFORM_ADMIN_NO_PEOPLE } from '../src/access/access-policy';
import { type ApiClient, signInAs } from './auth-helpers';
import { TEST_PASSWORD, type Factories, type TestOrganisation, type TestPerson } from './factories';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';
import { insertOrganisation, insertPerson } from './fixtures';

let ORGANISATION: TestOrganisation;
let ADMIN: TestPerson;
let SUPERVISOR_ONE: TestPerson; // supervises Sam and Alex
let SUPERVISOR_TWO: TestPerson; // supervises Jo and Chris
let SAM: TestPerson;
let ALEX: TestPerson;
let JO: TestPerson;
let CHRIS: TestPerson;
/** Supervisor one's clinical supervision of Sam, from 2023-02-01. */
let SAM_CLINICAL_ASSIGNMENT: string;

const OTHER_ORGANISATION = '22222222-3333-4444-8555-666666666666';
const OTHER_PERSON = '22222222-3333-4444-8555-777777777777';

const ids = (body: { id: string }[]) => body.map((row) => row.id).sort();

describe('people and supervision assignments (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let factories: Factories;
  let admin: ApiClient;
  let supervisorOne: ApiClient;
  let supervisorTwo: ApiClient;
  let sam: ApiClient;

  beforeAll(async () => {
    ({ app, databaseUrl, factories } = await createTestApp());
    const { newOrganisation, newPerson, newSupervisionAssignment, signedInClient } = factories;
    ORGANISATION = await newOrganisation();
    const linkWorker = (fullName: string, jobTitle: string, experienceStartDate: string, employmentStartDate: string) =>
      newPerson(ORGANISATION, { roles: ['link_worker'], fullName, jobTitle, experienceStartDate, employmentStartDate });
    ADMIN = await newPerson(ORGANISATION, { roles: ['employer_admin'], fullName: 'Priya Shah' });
    SUPERVISOR_ONE = await newPerson(ORGANISATION, {
      roles: ['supervisor'],
      fullName: 'Dr Tom Hughes',
      supervisionTypes: ['clinical'],
    });
    SUPERVISOR_TWO = await newPerson(ORGANISATION, {
      roles: ['supervisor'],
      fullName: 'Grace Okafor',
      supervisionTypes: ['workplace', 'group'],
    });
    SAM = await linkWorker('Sam Patel', 'Social Prescribing Link Worker', '2023-02-01', '2023-02-01');
    ALEX = await linkWorker('Alex Morgan', 'Social Prescribing Link Worker', '2020-06-15', '2021-01-04');
    JO = await linkWorker('Jo Evans', 'Health and Wellbeing Coach', '2025-09-01', '2025-09-01');
    CHRIS = await linkWorker('Chris Walker', 'Care Coordinator', '2018-03-12', '2022-05-03');
    ({ id: SAM_CLINICAL_ASSIGNMENT } = await newSupervisionAssignment({
      supervisor: SUPERVISOR_ONE,
      worker: SAM,
      supervisionType: 'clinical',
      startsOn: '2023-02-01',
    }));
    await newSupervisionAssignment({
      supervisor: SUPERVISOR_ONE,
      worker: ALEX,
      supervisionType: 'clinical',
      startsOn: '2021-01-04',
    });
    await newSupervisionAssignment({
      supervisor: SUPERVISOR_TWO,
      worker: JO,
      supervisionType: 'workplace',
      startsOn: '2025-09-01',
    });
    await newSupervisionAssignment({
      supervisor: SUPERVISOR_TWO,
      worker: CHRIS,
      supervisionType: 'workplace',
      startsOn: '2022-05-03',
    });
    await insertOrganisation(databaseUrl, OTHER_ORGANISATION, 'Other PCN', 'pcn');
    await insertPerson(databaseUrl, {
      id: OTHER_PERSON,
      organisationId: OTHER_ORGANISATION,
      email: 'other.worker@other.test',
      fullName: 'Other Worker',
      roles: ['link_worker', 'supervisor'],
    });
    [admin, supervisorOne, supervisorTwo, sam] = await Promise.all(
      [ADMIN, SUPERVISOR_ONE, SUPERVISOR_TWO, SAM].map(signedInClient),
    );
  });

  afterAll(async () => {
    await app?.close();
  });

  describe('GET /api/people', () => {
    it('shows an employer admin everyone in their organisation, and nobody else, without secrets', async () => {
      const response = await admin.get('/api/people').expect(200);
      expect(ids(response.body)).toEqual(
        [ADMIN, SUPERVISOR_ONE, SUPERVISOR_TWO, SAM, ALEX, JO, CHRIS].map((p) => p.id).sort(),
      );
      expect(response.body.find((p: { id: string }) => p.id === SAM.id)).toEqual({
        id: SAM.id,
        email: SAM.email,
        fullName: SAM.fullName,
        jobTitle: SAM.jobTitle,
        roles: ['link_worker'],
        supervisionTypes: [],
        active: true,
        experienceStartDate: SAM.experienceStartDate,
        employmentStartDate: SAM.employmentStartDate,
      });
      expect(JSON.stringify(response.body)).not.toMatch(/passwordHash|argon2/);
    });

    it('shows a supervisor only their current supervisees', async () => {
      const response = await supervisorOne.get('/api/people').expect(200);
      expect(ids(response.body)).toEqual([SAM.id, ALEX.id].sort());
    });

    it('shows a link worker only themselves', async () => {
      const response = await sam.get('/api/people').expect(200);
      expect(ids(response.body)).toEqual([SAM.id]);
    });

    it('refuses platform administrators with a 403', async () => {
      const platform = await factories.signedInClient(await factories.newPlatformAdmin());
      const response = await platform.get('/api/people').expect(403);
      expect(response.body.message).toBe(PLATFORM_ADMIN_NO_PEOPLE);
    });
  });

  describe('GET /api/people/{id}', () => {
    it('lets a person see themselves, a supervisor their supervisee, an admin anyone', async () => {
      expect((await sam.get(`/api/people/${SAM.id}`).expect(200)).body.email).toBe(SAM.email);
      expect((await supervisorOne.get(`/api/people/${SAM.id}`).expect(200)).body.id).toBe(SAM.id);
      expect((await admin.get(`/api/people/${SUPERVISOR_TWO.id}`).expect(200)).body.roles).toEqual(['supervisor']);
    });

    it('answers 403 for someone in the organisation the caller may not see, and audits it', async () => {
      await sam.get(`/api/people/${ALEX.id}`).expect(403);
      await supervisorTwo.get(`/api/people/${SAM.id}`).expect(403);
      const denied = await ownerQuery(
        databaseUrl,
        `SELECT 1 FROM audit_log WHERE outcome = 'denied' AND actor_id = $1 AND target_id = $2`,
        [SUPERVISOR_TWO.id, SAM.id],
      );
      expect(denied.length).toBeGreaterThanOrEqual(1);
    });

    it('answers 404, exactly as for nobody, for a person in another organisation', async () => {
      const other = await admin.get(`/api/people/${OTHER_PERSON}`).expect(404);
      const nobody = await admin.get('/api/people/22222222-3333-4444-8555-000000000000').expect(404);
      expect(other.body).toEqual(nobody.body);
    });

    it('names the parameter when the id is not a UUID', async () => {
      const response = await admin.get('/api/people/not-a-uuid').expect(400);
      expect(response.body.errors).toEqual(['id must be a UUID']);
    });
  });

  describe('PATCH /api/people/{id}', () => {
    it('lets an employer admin change roles, supervision types, job title and dates, and audits it', async () => {
      const response = await admin
        .patch(`/api/people/${CHRIS.id}`, {
          roles: ['link_worker', 'supervisor'],
          supervisionTypes: ['group'],
          jobTitle: '  Senior Care Coordinator ',
          experienceStartDate: '2018-03-01',
          employmentStartDate: null,
        })
        .expect(200);
      expect(response.body).toMatchObject({
        id: CHRIS.id,
        roles: ['link_worker', 'supervisor'],
        supervisionTypes: ['group'],
        jobTitle: 'Senior Care Coordinator',
        experienceStartDate: '2018-03-01',
        employmentStartDate: null,
        active: true,
      });
      const [stored] = await ownerQuery<{ roles: string[]; job_title: string; employment_start_date: string | null }>(
        databaseUrl,
        `SELECT roles, job_title, employment_start_date FROM people WHERE id = $1`,
        [CHRIS.id],
      );
      expect(stored).toEqual({
        roles: ['link_worker', 'supervisor'],
        job_title: 'Senior Care Coordinator',
        employment_start_date: null,
      });
      const audit = await ownerQuery<{ detail: { fields: string } }>(
        databaseUrl,
        `SELECT detail FROM audit_log WHERE action = 'person.update' AND outcome = 'allowed' AND actor_id = $1 AND target_id = $2`,
        [ADMIN.id, CHRIS.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].detail.fields).toBe('roles,supervisionTypes,jobTitle,experienceStartDate,employmentStartDate');
    });

    it('refuses a non-admin in the same organisation with a 403 and changes nothing', async () => {
      const before = await ownerQuery(databaseUrl, `SELECT * FROM people WHERE id = $1`, [SAM.id]);
      await supervisorOne.patch(`/api/people/${SAM.id}`, { jobTitle: 'Changed' }).expect(403);
      await sam.patch(`/api/people/${SAM.id}`, { roles: ['employer_admin'] }).expect(403);
      const after = await ownerQuery(databaseUrl, `SELECT * FROM people WHERE id = $1`, [SAM.id]);
      expect(after).toEqual(before);
    });

    it('answers 404 for a person in another organisation and changes nothing', async () => {
      await admin.patch(`/api/people/${OTHER_PERSON}`, { active: false }).expect(404);
      const [other] = await ownerQuery<{ active: boolean }>(databaseUrl, `SELECT active FROM people WHERE id = $1`, [
        OTHER_PERSON,
      ]);
      expect(other.active).toBe(true);
    });

    it.each([
      [{ roles: [] }, 'roles must include at least one role'],
      [{ roles: ['boss'] }, 'roles must each be one of link_worker, supervisor, employer_admin'],
      [{ roles: null }, 'roles must be a list'],
      [{ supervisionTypes: ['peer'] }, 'supervisionTypes must each be one of workplace, clinical, group'],
      [{ experienceStartDate: '2025-02-30' }, 'experienceStartDate must be a date written YYYY-MM-DD'],
      [{ active: 'no' }, 'active must be true or false'],
      [{ jobTitle: 'x'.repeat(201) }, 'jobTitle must be at most 200 characters'],
      [{ email: 'new@demo.ladder.test' }, 'property email should not exist'],
      [{}, 'Send at least one of roles, supervisionTypes, jobTitle, experienceStartDate, employmentStartDate, active'],
    ])('names the field when the change %j is not valid', async (body, message) => {
      const response = await admin.patch(`/api/people/${JO.id}`, body).expect(400);
      expect(response.body.errors).toContain(message);
    });

    it('does not let an admin remove their own employer_admin role or deactivate themselves', async () => {
      const roles = await admin.patch(`/api/people/${ADMIN.id}`, { roles: ['supervisor'] }).expect(400);
      expect(roles.body.errors).toEqual([
        'roles must include employer_admin: you cannot remove your own administrator role',
      ]);
      const active = await admin.patch(`/api/people/${ADMIN.id}`, { active: false }).expect(400);
      expect(active.body.errors).toEqual(['active cannot be false: you cannot deactivate your own account']);
      const ok = await admin.patch(`/api/people/${ADMIN.id}`, { roles: ['employer_admin', 'supervisor'] }).expect(200);
      expect(ok.body.roles).toEqual(['employer_admin', 'supervisor']);
      await admin.patch(`/api/people/${ADMIN.id}`, { roles: ['employer_admin'] }).expect(200);
    });

    it('ends every session of a deactivated person at once, and they cannot sign in again until reactivated', async () => {
      const jo = await signInAs(app, JO.email, TEST_PASSWORD);
      await jo.get('/api/auth/me').expect(200);
      const response = await admin.patch(`/api/people/${JO.id}`, { active: false }).expect(200);
      expect(response.body.active).toBe(false);
      // Checked before Jo's next request: the sessions are gone from the table, not just refused later.
      const sessions = await ownerQuery(databaseUrl, `SELECT 1 FROM sessions WHERE person_id = $1`, [JO.id]);
      expect(sessions).toHaveLength(0);
      await jo.get('/api/auth/me').expect(401);
      await expect(signInAs(app, JO.email, TEST_PASSWORD)).rejects.toThrow(/401/);

      await admin.patch(`/api/people/${JO.id}`, { active: true }).expect(200);
      await (await signInAs(app, JO.email, TEST_PASSWORD)).get('/api/auth/me').expect(200);
    });
  });

  describe('supervision assignments', () => {
    it('lists every assignment of the organisation, with names, for an employer admin', async () => {
      const response = await admin.get('/api/supervision-assignments').expect(200);
      expect(response.body).toHaveLength(4);
      expect(response.body).toContainEqual({
        id: SAM_CLINICAL_ASSIGNMENT,
        supervisorId: SUPERVISOR_ONE.id,
        supervisorName: SUPERVISOR_ONE.fullName,
        workerId: SAM.id,
        workerName: SAM.fullName,
        supervisionType: 'clinical',
        startsOn: '2023-02-01',
        endsOn: null,
        current: true,
      });
    });

    it('lists only their own assignments for a supervisor, and refuses a link worker', async () => {
      const response = await supervisorOne.get('/api/supervision-assignments').expect(200);
      expect(new Set(response.body.map((row: { supervisorId: string }) => row.supervisorId))).toEqual(
        new Set([SUPERVISOR_ONE.id]),
      );
      expect(response.body).toHaveLength(2);
      await sam.get('/api/supervision-assignments').expect(403);
    });

    it('creates an assignment, the supervisor sees the worker; ending it removes them', async () => {
      expect(ids((await supervisorTwo.get('/api/people').expect(200)).body)).toEqual([JO.id, CHRIS.id].sort());
      const created = await admin
        .post('/api/supervision-assignments', {
          supervisorId: SUPERVISOR_TWO.id,
          workerId: SAM.id,
          supervisionType: 'group',
          startsOn: '2024-01-01',
        })
        .expect(201);
      expect(created.body).toMatchObject({
        supervisorId: SUPERVISOR_TWO.id,
        supervisorName: SUPERVISOR_TWO.fullName,
        workerId: SAM.id,
        workerName: SAM.fullName,
        supervisionType: 'group',
        startsOn: '2024-01-01',
        endsOn: null,
        current: true,
      });
      expect((await supervisorTwo.get('/api/people').expect(200)).body.map((p: { id: string }) => p.id)).toContain(
        SAM.id,
      );
      await supervisorTwo.get(`/api/people/${SAM.id}`).expect(200);

      const ended = await admin
        .patch(`/api/supervision-assignments/${created.body.id}`, { endsOn: daysAgoUtc(1) })
        .expect(200);
      expect(ended.body).toMatchObject({ endsOn: daysAgoUtc(1), current: false });
      expect(ids((await supervisorTwo.get('/api/people').expect(200)).body)).toEqual([JO.id, CHRIS.id].sort());
      await supervisorTwo.get(`/api/people/${SAM.id}`).expect(403);

      const audit = await ownerQuery<{ action: string }>(
        databaseUrl,
        `SELECT action FROM audit_log WHERE target_id = $1 AND outcome = 'allowed' ORDER BY id`,
        [created.body.id],
      );
      expect(audit.map((row) => row.action)).toEqual(['supervision-assignment.create', 'supervision-assignment.end']);
    });

    it('keeps an assignment ending today current until the day is over', async () => {
      const created = await admin
        .post('/api/supervision-assignments', {
          supervisorId: SUPERVISOR_TWO.id,
          workerId: ALEX.id,
          supervisionType: 'workplace',
          startsOn: daysAgoUtc(10),
          endsOn: todayUtc(),
        })
        .expect(201);
      expect(created.body.current).toBe(true);
      expect(ids((await supervisorTwo.get('/api/people').expect(200)).body)).toContain(ALEX.id);
      await admin.patch(`/api/supervision-assignments/${created.body.id}`, { endsOn: daysAgoUtc(10) }).expect(200);
    });

    it.each([
      [
        'the supervisor lacks the supervisor role',
        () => ({ supervisorId: SAM.id, workerId: ALEX.id }),
        'supervisorId must be an active person with the supervisor role',
      ],
      [
        'the worker lacks the link_worker role',
        () => ({ supervisorId: SUPERVISOR_ONE.id, workerId: SUPERVISOR_TWO.id }),
        'workerId must be an active person with the link_worker role',
      ],
      [
        'they are the same person',
        () => ({ supervisorId: CHRIS.id, workerId: CHRIS.id }),
        'workerId must be a different person from supervisorId',
      ],
      [
        'it ends before it starts',
        () => ({ supervisorId: SUPERVISOR_ONE.id, workerId: JO.id, endsOn: '2025-12-31' }),
        'endsOn must be on or after startsOn',
      ],
      [
        'the type is unknown',
        () => ({ supervisorId: SUPERVISOR_ONE.id, workerId: JO.id, supervisionType: 'peer' }),
        'supervisionType must be one of workplace, clinical, group',
      ],
      ['an id is not a UUID', () => ({ supervisorId: 'nope', workerId: JO.id }), 'supervisorId must be a UUID'],
    ])('refuses an assignment where %s, naming the field', async (_case, fields, message) => {
      // The fields name people made in beforeAll, so the table holds functions that read them then.
      const response = await admin
        .post('/api/supervision-assignments', { supervisionType: 'clinical', startsOn: '2026-01-01', ...fields() })
        .expect(400);
      expect(response.body.errors).toContain(message);
    });

    it('answers 404 when the supervisor or worker is in another organisation', async () => {
      await admin
        .post('/api/supervision-assignments', {
          supervisorId: OTHER_PERSON,
          workerId: SAM.id,
          supervisionType: 'clinical',
          startsOn: '2026-01-01',
        })
        .expect(404);
      await admin
        .post('/api/supervision-assignments', {
          supervisorId: SUPERVISOR_ONE.id,
          workerId: OTHER_PERSON,
          supervisionType: 'clinical',
          startsOn: '2026-01-01',
        })
        .expect(404);
    });

    it('refuses an assignment overlapping one of the same supervisor, worker and type with a 409', async () => {
      const response = await admin
        .post('/api/supervision-assignments', {
          supervisorId: SUPERVISOR_ONE.id,
          workerId: SAM.id,
          supervisionType: 'clinical',
          startsOn: '2026-06-01',
        })
        .expect(409);
      expect(response.body.message).toContain('already');
    });

    it('lets only employer admins create or end assignments, and changes nothing otherwise', async () => {
      const before = await ownerQuery(databaseUrl, `SELECT * FROM supervision_assignments ORDER BY id`);
      await supervisorOne
        .post('/api/supervision-assignments', {
          supervisorId: SUPERVISOR_ONE.id,
          workerId: JO.id,
          supervisionType: 'clinical',
          startsOn: '2026-01-01',
        })
        .expect(403);
      await supervisorOne
        .patch(`/api/supervision-assignments/${SAM_CLINICAL_ASSIGNMENT}`, { endsOn: '2026-01-01' })
        .expect(403);
      await sam.patch(`/api/supervision-assignments/${SAM_CLINICAL_ASSIGNMENT}`, { endsOn: '2026-01-01' }).expect(403);
      expect(await ownerQuery(databaseUrl, `SELECT * FROM supervision_assignments ORDER BY id`)).toEqual(before);
    });

    it('refuses to end an assignment before it starts, and answers 404 for one not in the organisation', async () => {
      const early = await admin
        .patch(`/api/supervision-assignments/${SAM_CLINICAL_ASSIGNMENT}`, { endsOn: '2023-01-31' })
        .expect(400);
      expect(early.body.errors).toEqual(['endsOn must be on or after startsOn (2023-02-01)']);
      await admin
        .patch('/api/supervision-assignments/22222222-3333-4444-8555-000000000000', { endsOn: '2026-01-01' })
        .expect(404);
      const missing = await admin.patch(`/api/supervision-assignments/${SAM_CLINICAL_ASSIGNMENT}`, {});
      expect(missing.status).toBe(400);
      expect(missing.body.errors).toContain('endsOn must be a date written YYYY-MM-DD');
    });

    it('keeps every organisation’s rows to itself in the database', async () => {
      const rows = await ownerQuery<{ organisation_id: string }>(
        databaseUrl,
        `SELECT DISTINCT organisation_id FROM supervision_assignments`,
      );
      expect(rows.map((row) => row.organisation_id)).toEqual([ORGANISATION.id]);
    });
  });
});

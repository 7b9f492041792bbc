import type { INestApplication } from '@nestjs/common';
import { SOMERSET_DEFAULT_POLICY } from '@ladder/dreyfus';
import { DataSource } from 'typeorm';
import { TenantContext } from '../src/database/tenant-context';
import { PayScaleService } from '../src/pay-scales/pay-scale.service';
import { PolicyService, type AdoptionView, type PolicyView } from '../src/policies/policy.service';
import { anonymousClient, type ApiClient } from './auth-helpers';
import type { TestOrganisation, TestPerson } from './factories';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';
import { errorsOf } from './fixtures';

let ORGANISATION: TestOrganisation;
let ADMIN: TestPerson;
let OTHER_ORGANISATION: string;

/** A policy as a request body, loose enough to be broken on purpose. */
interface PolicyBody {
  [field: string]: unknown;
  levels: (Record<string, unknown> & { competencies: string[] })[];
  pay: Record<string, Record<string, unknown>>;
}

/** A valid policy for the organisation: the default with a 12-month currency window. */
function policy(overrides: Record<string, unknown> = {}): PolicyBody {
  return {
    ...JSON.parse(JSON.stringify(SOMERSET_DEFAULT_POLICY)),
    key: 'mendip-twelve-months',
    version: 1,
    title: 'Mendip: evidence current for 12 months',
    currencyWindowMonths: 12,
    ...overrides,
  };
}

describe('attainment policies (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let admin: ApiClient;
  let worker: ApiClient;
  let supervisor: ApiClient;
  let otherAdmin: ApiClient;

  const keysOf = (views: PolicyView[]) => views.map((view) => `${view.key}@${view.version}`);

  beforeAll(async () => {
    const testApp = await createTestApp();
    ({ app, databaseUrl } = testApp);
    const { newOrganisation, newPerson, signedInClient } = testApp.factories;
    await app.get(PayScaleService).storeBuiltIns();
    await app.get(PolicyService).storeBuiltIns();
    ORGANISATION = await newOrganisation();
    const other = await newOrganisation({ name: 'Other Council', kind: 'council' });
    OTHER_ORGANISATION = other.id;
    ADMIN = await newPerson(ORGANISATION, { roles: ['employer_admin'] });
    [admin, worker, supervisor, otherAdmin] = await Promise.all(
      [
        ADMIN,
        await newPerson(ORGANISATION, { roles: ['link_worker'] }),
        await newPerson(ORGANISATION, { roles: ['supervisor'] }),
        await newPerson(other, { roles: ['employer_admin'] }),
      ].map(signedInClient),
    );
  });

  afterAll(async () => {
    await app?.close();
  });

  it('stores the built-in somerset-default v1 once, however often start-up runs', async () => {
    await app.get(PolicyService).storeBuiltIns();
    const rows = await ownerQuery<{ organisation_id: string | null; definition: unknown; created_by: string | null }>(
      databaseUrl,
      `SELECT organisation_id, definition, created_by FROM progression_policies WHERE key = 'somerset-default'`,
    );
    expect(rows).toEqual([
      { organisation_id: null, definition: JSON.parse(JSON.stringify(SOMERSET_DEFAULT_POLICY)), created_by: null },
    ]);
  });

  it('lists the built-ins to any signed-in person, with the default adopted; 401 without a session', async () => {
    const response = await worker.get('/api/policies').expect(200);
    const [builtIn] = response.body as PolicyView[];
    expect(builtIn).toMatchObject({
      key: 'somerset-default',
      version: 1,
      title: 'Somerset default attainment policy',
      builtIn: true,
      adopted: true,
      createdBy: null,
    });
    expect(builtIn.definition).toEqual(JSON.parse(JSON.stringify(SOMERSET_DEFAULT_POLICY)));
    const anonymous = await anonymousClient(app);
    await anonymous.get('/api/policies').expect(401);
    await anonymous.post('/api/policies', policy()).expect(401);
  });

  it('lets an employer admin add a version for their organisation, seen only there', async () => {
    const response = await admin.post('/api/policies', policy()).expect(201);
    expect(response.body).toMatchObject({
      key: 'mendip-twelve-months',
      version: 1,
      builtIn: false,
      adopted: false,
      createdBy: ADMIN.id,
      firstUsedAt: null,
    });
    expect((response.body as PolicyView).definition.currencyWindowMonths).toBe(12);
    expect(keysOf((await worker.get('/api/policies').expect(200)).body)).toEqual([
      'somerset-default@1',
      'mendip-twelve-months@1',
    ]);
    expect(keysOf((await otherAdmin.get('/api/policies').expect(200)).body)).toEqual(['somerset-default@1']);
    const [audit] = await ownerQuery<{ actor_id: string; organisation_id: string }>(
      databaseUrl,
      `SELECT actor_id, organisation_id FROM audit_log WHERE action = 'progression-policy.create'`,
    );
    expect(audit).toEqual({ actor_id: ADMIN.id, organisation_id: ORGANISATION.id });
  });

  it('answers the same policy sent again (a retry) with the one stored, storing no second', async () => {
    const first = await admin.post('/api/policies', policy({ key: 'mendip-retried' })).expect(201);
    const again = await admin.post('/api/policies', policy({ key: 'mendip-retried' })).expect(201);
    expect(again.body).toEqual(first.body);
    const rows = await ownerQuery(databaseUrl, `SELECT id FROM progression_policies WHERE key = 'mendip-retried'`);
    expect(rows).toHaveLength(1);
  });

  it('409 for a key and version the organisation already has, or a built-in key; the stored one is unchanged', async () => {
    const again = await admin.post('/api/policies', policy({ title: 'Changed' })).expect(409);
    expect(again.body.message).toBe(
      'Your organisation already has policy mendip-twelve-months version 1. Stored policies never change: add the change as a new version.',
    );
    const builtInKey = await admin.post('/api/policies', policy({ key: 'somerset-default', version: 2 })).expect(409);
    expect(builtInKey.body.message).toMatch(/^somerset-default is the key of a policy shipped with Ladder/);
    // Another organisation may use the same key for its own policy.
    await otherAdmin.post('/api/policies', policy()).expect(201);
    const [row] = await ownerQuery<{ title: string }>(
      databaseUrl,
      `SELECT definition->>'title' AS title FROM progression_policies WHERE key = 'mendip-twelve-months' AND organisation_id = $1`,
      [ORGANISATION.id],
    );
    expect(row.title).toBe('Mendip: evidence current for 12 months');
  });

  it('403 for a worker or a supervisor adding a policy', async () => {
    await worker.post('/api/policies', policy({ version: 2 })).expect(403);
    await supervisor.post('/api/policies', policy({ version: 2 })).expect(403);
  });

  it.each([
    [
      'a threshold of 7',
      (p: PolicyBody) => {
        p.levels[0].threshold = 7;
      },
      'levels.0.threshold must be a whole number from 0 to 5',
    ],
    [
      'a fractional window',
      (p: PolicyBody) => {
        p.currencyWindowMonths = 1.5;
      },
      'currencyWindowMonths must be a whole number of months greater than 0',
    ],
    [
      'no supervisors',
      (p: PolicyBody) => {
        p.minDistinctSupervisors = 0;
      },
      'minDistinctSupervisors must be a whole number of at least 1',
    ],
    [
      'a key that is not kebab-case',
      (p: PolicyBody) => {
        p.key = 'Mendip Policy';
      },
      'key must be a kebab-case policy key',
    ],
    [
      'an empty title',
      (p: PolicyBody) => {
        p.title = '';
      },
      'title should not be empty',
    ],
    [
      'an unknown competency',
      (p: PolicyBody) => {
        p.levels[1].competencies = ['listening'];
      },
      'levels.1.competencies must list only assessed competency keys',
    ],
    [
      'a competency listed twice',
      (p: PolicyBody) => {
        p.levels[1].competencies.push('promoting-autonomy');
      },
      'levels.1.competencies.3 is listed twice',
    ],
    [
      'levels out of order',
      (p: PolicyBody) => {
        p.levels.reverse();
      },
      "levels.0.level must be 'core'",
    ],
    [
      'a missing level',
      (p: PolicyBody) => {
        p.levels.pop();
      },
      'levels must list exactly 4 rules',
    ],
    [
      'band 6',
      (p: PolicyBody) => {
        p.pay.core.band = 6;
      },
      'pay.core.band must be AfC band 3, 4 or 5',
    ],
    [
      'no pay rule for Level 3',
      (p: PolicyBody) => {
        delete p.pay['level-3'];
      },
      'pay.level-3 must be an object { band, basis }',
    ],
    [
      'an unknown basis',
      (p: PolicyBody) => {
        p.pay.entry.basis = 'seniority';
      },
      'pay.entry.basis must be one of bottom-of-band, experience',
    ],
    [
      'a misspelt field',
      (p: PolicyBody) => {
        p.currencyWindowMonth = 12;
      },
      'property currencyWindowMonth should not exist',
    ],
  ])('400 naming the field for %s, and nothing is stored', async (_case, change, expected) => {
    const body = policy({ key: 'mendip-bad' });
    change(body);
    const response = await admin.post('/api/policies', body).expect(400);
    expect(errorsOf(response).some((message) => message.startsWith(expected))).toBe(true);
    const rows = await ownerQuery(databaseUrl, `SELECT 1 FROM progression_policies WHERE key = 'mendip-bad'`);
    expect(rows).toEqual([]);
  });

  describe('adoption', () => {
    it('an employer admin adopts a policy version; everyone in the organisation sees it, audited', async () => {
      const before = (await worker.get('/api/organisation/policy').expect(200)).body as AdoptionView;
      expect(before).toEqual({
        policy: { key: 'somerset-default', version: 1, title: 'Somerset default attainment policy', builtIn: true },
        isDefault: true,
        adoptedAt: null,
        adoptedBy: null,
      });
      const adopted = (
        await admin.put('/api/organisation/policy', { key: 'mendip-twelve-months', version: 1 }).expect(200)
      ).body as AdoptionView;
      expect(adopted).toMatchObject({
        policy: { key: 'mendip-twelve-months', version: 1, builtIn: false },
        isDefault: false,
        adoptedBy: ADMIN.id,
      });
      expect((await worker.get('/api/organisation/policy').expect(200)).body).toEqual(adopted);
      const listed = (await worker.get('/api/policies').expect(200)).body as PolicyView[];
      expect(listed.filter((view) => view.adopted).map((view) => view.key)).toEqual(['mendip-twelve-months']);
      // The other organisation still uses the default.
      expect(((await otherAdmin.get('/api/organisation/policy').expect(200)).body as AdoptionView).isDefault).toBe(
        true,
      );
      const [audit] = await ownerQuery<{ target_id: string; detail: unknown }>(
        databaseUrl,
        `SELECT target_id, detail FROM audit_log WHERE action = 'organisation.policy.adopt'`,
      );
      expect(audit).toEqual({ target_id: ORGANISATION.id, detail: { key: 'mendip-twelve-months', version: 1 } });
    });

    it('a result then uses the adopted policy, which is recorded as used', async () => {
      const result = await worker
        .post('/api/progression/evaluate', { evidence: [], inductionComplete: true, asOf: '2026-03-15' })
        .expect(200);
      expect(result.body.policy).toEqual({ key: 'mendip-twelve-months', version: 1 });
      expect(result.body.currentFrom).toBe('2025-03-15');
      const [row] = await ownerQuery<{ first_used_at: Date | null }>(
        databaseUrl,
        `SELECT first_used_at FROM progression_policies WHERE key = 'mendip-twelve-months' AND organisation_id = $1`,
        [ORGANISATION.id],
      );
      expect(row.first_used_at).toBeInstanceOf(Date);
    });

    it('403 for a worker or supervisor adopting; 404 naming an unknown version or another organisation’s policy', async () => {
      await worker.put('/api/organisation/policy', { key: 'somerset-default', version: 1 }).expect(403);
      await supervisor.put('/api/organisation/policy', { key: 'somerset-default', version: 1 }).expect(403);
      const unknown = await admin.put('/api/organisation/policy', { key: 'somerset-default', version: 7 }).expect(404);
      expect(unknown.body.message).toBe('There is no progression policy somerset-default version 7');
      await otherAdmin.post('/api/policies', policy({ key: 'other-only' })).expect(201);
      const foreign = await admin.put('/api/organisation/policy', { key: 'other-only', version: 1 }).expect(404);
      expect(foreign.body.message).toBe('There is no progression policy other-only version 1');
    });

    it('400 naming a bad key or version', async () => {
      const response = await admin.put('/api/organisation/policy', { key: 'Bad Key', version: 1.5 }).expect(400);
      expect(errorsOf(response)).toEqual([
        'key must be a kebab-case policy key such as somerset-default',
        'version must be a whole number of at least 1',
      ]);
    });
  });

  describe('in the database', () => {
    it('never lets a policy’s content change, used or not; the first use is recorded once', async () => {
      await admin.post('/api/policies', policy({ key: 'mendip-unused' })).expect(201);
      const where = `key = 'mendip-unused'`;
      await expect(
        ownerQuery(databaseUrl, `UPDATE progression_policies SET version = 2 WHERE ${where}`),
      ).rejects.toThrow(/cannot be changed; a changed policy is a new version/);
      await ownerQuery(databaseUrl, `UPDATE progression_policies SET first_used_at = now() WHERE ${where}`);
      await expect(
        ownerQuery(databaseUrl, `UPDATE progression_policies SET first_used_at = now() WHERE ${where}`),
      ).rejects.toThrow(/cannot be changed/);
      await expect(ownerQuery(databaseUrl, `DELETE FROM progression_policies WHERE ${where}`)).rejects.toThrow(
        /has produced results and cannot be deleted/,
      );
      await expect(ownerQuery(databaseUrl, `TRUNCATE progression_policies CASCADE`)).rejects.toThrow(
        /cannot be truncated/,
      );
    });

    it('refuses a definition whose key or version differs from the row’s', async () => {
      await expect(
        ownerQuery(
          databaseUrl,
          `INSERT INTO progression_policies (organisation_id, key, version, definition) VALUES ($1, 'mendip-mismatch', 1, $2)`,
          [ORGANISATION.id, JSON.stringify(policy({ key: 'something-else' }))],
        ),
      ).rejects.toThrow(/CHK_progression_policies_definition/);
    });

    it('gives the API role no way to change a policy’s content or delete it, and keeps organisations apart', async () => {
      const tenant = app.get(TenantContext);
      const inDemo = <T>(sql: string, params: unknown[] = []) =>
        tenant.run(
          { organisationId: ORGANISATION.id, platformAdmin: false },
          () => tenant.manager().query(sql, params) as Promise<T>,
        );
      await expect(inDemo(`UPDATE progression_policies SET definition = '{}'`)).rejects.toThrow(/permission denied/);
      await expect(inDemo(`DELETE FROM progression_policies`)).rejects.toThrow(/permission denied/);
      const visible = await inDemo<{ organisation_id: string | null }[]>(
        `SELECT organisation_id FROM progression_policies`,
      );
      expect(new Set(visible.map((row) => row.organisation_id))).toEqual(new Set([null, ORGANISATION.id]));
      await expect(
        inDemo(
          `INSERT INTO progression_policies (organisation_id, key, version, definition) VALUES ($1, 'planted', 1, $2)`,
          [OTHER_ORGANISATION, JSON.stringify(policy({ key: 'planted' }))],
        ),
      ).rejects.toThrow(/row-level security/);
      await expect(
        inDemo(
          `INSERT INTO progression_policies (organisation_id, key, version, definition) VALUES (NULL, 'planted', 1, $1)`,
          [JSON.stringify(policy({ key: 'planted' }))],
        ),
      ).rejects.toThrow(/row-level security/);
      const [otherPolicy] = await ownerQuery<{ id: string }>(
        databaseUrl,
        `SELECT id FROM progression_policies WHERE key = 'other-only'`,
      );
      await expect(
        inDemo(`UPDATE organisation_progression_policies SET policy_id = $1`, [otherPolicy.id]),
      ).rejects.toThrow(/can adopt only a built-in policy or one of its own/);
      // Outside any organisation's transaction, only built-ins are visible.
      const outside = await app.get(DataSource).query(`SELECT organisation_id FROM progression_policies`);
      expect(outside).toEqual([{ organisation_id: null }]);
    });
  });
});

import type { INestApplication } from '@nestjs/common';
import { ASSESSED_COMPETENCIES, type AssessedCompetencyKey } from '@ladder/competencies';
import { SOMERSET_DEFAULT_POLICY, type EvidenceItem, type ProgressionResult } from '@ladder/dreyfus';
import { PayScaleService } from '../src/pay-scales/pay-scale.service';
import { PolicyService } from '../src/policies/policy.service';
import {
  PROGRESSION_EVIDENCE_SOURCE,
  type ProgressionEvidenceSource,
} from '../src/progression/progression-evidence-source';
import { anonymousClient, type ApiClient } from './auth-helpers';
import type { Factories, TestOrganisation, TestPerson } from './factories';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';
import { errorsOf, insertOrganisation, insertPerson } from './fixtures';

let ORGANISATION: TestOrganisation;
let ADMIN: TestPerson;
let SUPERVISOR_OF_SAM: TestPerson;
let OTHER_SUPERVISOR: TestPerson;
let SAM: TestPerson; // experience since 2023-02-01, supervised by SUPERVISOR_OF_SAM
let ALEX: TestPerson;
let JO: TestPerson;

const OTHER_ORGANISATION = '22222222-3333-4444-8555-666666666666';
const OTHER_WORKER = '22222222-3333-4444-8555-777777777777';

const AS_OF = '2026-03-15';
const CORE: AssessedCompetencyKey[] = ['person-centred-approach'];
const LEVEL_1: AssessedCompetencyKey[] = [
  'promoting-autonomy',
  'action-planning-goal-setting',
  'managing-setbacks-problem-solving',
];
const LEVEL_2: AssessedCompetencyKey[] = ['supporting-competence-self-efficacy', 'self-monitoring'];

/** One signed-off score from one observation (a draft with `signedOff: false`). */
function score(
  competency: string,
  value: unknown,
  observedOn = '2026-01-10',
  signedOff = true,
): Record<string, unknown> {
  return {
    competency,
    score: value,
    observedOn,
    signedOffAt: signedOff ? `${observedOn}T12:00:00Z` : null,
    signedOff,
    observationId: `obs-${observedOn}`,
    supervisorId: 'sup-1',
  };
}

function request(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    evidence: [],
    inductionComplete: true,
    attestationDate: null,
    experienceStartDate: null,
    asOf: AS_OF,
    ...overrides,
  };
}

/** A policy like the default but needing 4 (Proficient) for Core, Level 1 and Level 2. */
const STRICT_POLICY = {
  ...SOMERSET_DEFAULT_POLICY,
  key: 'mendip-proficient',
  version: 1,
  title: 'Mendip: Proficient for Core to Level 2',
  levels: SOMERSET_DEFAULT_POLICY.levels.map((rule) => (rule.level === 'level-3' ? rule : { ...rule, threshold: 4 })),
};

describe('progression (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let factories: Factories;
  let admin: ApiClient;
  let sam: ApiClient;
  let alex: ApiClient;
  let supervisorOfSam: ApiClient;
  let otherSupervisor: ApiClient;

  const evaluate = (client: ApiClient, body: Record<string, unknown>) => client.post('/api/progression/evaluate', body);

  beforeAll(async () => {
    ({ app, databaseUrl, factories } = await createTestApp());
    await app.get(PayScaleService).storeBuiltIns();
    await app.get(PolicyService).storeBuiltIns();
    const { newOrganisation, newPerson, newSupervisionAssignment } = factories;
    ORGANISATION = await newOrganisation();
    ADMIN = await newPerson(ORGANISATION, { roles: ['employer_admin'] });
    SUPERVISOR_OF_SAM = await newPerson(ORGANISATION, { roles: ['supervisor'] });
    OTHER_SUPERVISOR = await newPerson(ORGANISATION, { roles: ['supervisor'] });
    const worker = (experienceStartDate: string, employmentStartDate: string) =>
      newPerson(ORGANISATION, { roles: ['link_worker'], experienceStartDate, employmentStartDate });
    SAM = await worker('2023-02-01', '2023-02-01');
    ALEX = await worker('2020-06-15', '2021-01-04');
    JO = await worker('2025-09-01', '2025-09-01');
    await newSupervisionAssignment({ supervisor: SUPERVISOR_OF_SAM, worker: SAM, startsOn: '2023-02-01' });
    await newSupervisionAssignment({ supervisor: OTHER_SUPERVISOR, worker: JO, startsOn: '2025-09-01' });
    await insertOrganisation(databaseUrl, OTHER_ORGANISATION);
    await insertPerson(databaseUrl, {
      id: OTHER_WORKER,
      organisationId: OTHER_ORGANISATION,
      email: 'worker@other.test',
      fullName: 'Other Worker',
      roles: ['link_worker'],
    });
    [admin, sam, alex, supervisorOfSam, otherSupervisor] = await Promise.all(
      [ADMIN, SAM, ALEX, SUPERVISOR_OF_SAM, OTHER_SUPERVISOR].map(factories.signedInClient),
    );
  });

  afterAll(async () => {
    await app?.close();
  });

  it('documents every route in the OpenAPI description', async () => {
    const anonymous = await anonymousClient(app);
    const paths = Object.keys((await anonymous.get('/api/docs-json').expect(200)).body.paths as object);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/progression/evaluate',
        '/api/people/{id}/progression',
        '/api/people/{id}/induction',
        '/api/people/{id}/attestation',
        '/api/policies',
        '/api/organisation/policy',
      ]),
    );
  });

  describe('POST /api/progression/evaluate (what-if)', () => {
    it('needs a session: 401 without one', async () => {
      const anonymous = await anonymousClient(app);
      const response = await evaluate(anonymous, request());
      expect(response.status).toBe(401);
    });

    it('with no evidence and no induction: Entry, bottom of Band 3, and the gap names induction', async () => {
      const response = await evaluate(sam, request({ inductionComplete: false })).expect(200);
      const result = response.body as ProgressionResult;
      expect(result.level).toEqual({ key: 'entry', name: 'Entry' });
      expect(result.nextLevel).toEqual({ key: 'core', name: 'Core' });
      expect(result.policy).toEqual({ key: 'somerset-default', version: 1 });
      expect(result.gaps).toEqual([
        'Local induction not yet complete',
        'Person Centred Approach: not yet observed; needs 3 (Competent)',
      ]);
      expect(result.pay).toMatchObject({ payYear: '2020/21', band: 3, annualPounds: 19737, annual: '£19,737' });
    });

    it('Level 1 with two completed years of experience: Band 3 at the 2-3 point, £21,142 a year', async () => {
      const body = request({
        evidence: [...CORE, ...LEVEL_1].map((c) => score(c, 3)),
        experienceStartDate: '2024-03-15',
      });
      const result = (await evaluate(sam, body).expect(200)).body as ProgressionResult;
      expect(result.level).toEqual({ key: 'level-1', name: 'Level 1' });
      expect(result.pay).toMatchObject({
        band: 3,
        basis: 'experience',
        completedYears: 2,
        point: { label: '2-3' },
        annualPounds: 21142,
        annual: '£21,142',
        hourly: '£10.84',
      });
      expect(result.reasons[2]).toBe(
        'Level 1: Promoting Autonomy scored 3 (Competent) on 2026-01-10 (observation obs-2026-01-10); ' +
          'Action Planning & Goal Setting scored 3 (Competent) on 2026-01-10 (observation obs-2026-01-10); ' +
          'Managing Setbacks & Problem Solving scored 3 (Competent) on 2026-01-10 (observation obs-2026-01-10)',
      );
    });

    it('Level 2 maps to Band 4, and competencies may be named by Somerset framework item id', async () => {
      const itemIds = ASSESSED_COMPETENCIES.filter((c) => [...CORE, ...LEVEL_1, ...LEVEL_2].includes(c.key)).map(
        (c) => c.itemId,
      );
      expect(itemIds[0]).toBe('somerset:ac.person-centred-approach');
      const body = request({ evidence: itemIds.map((id) => score(id, 3)), experienceStartDate: '2022-09-01' });
      const result = (await evaluate(sam, body).expect(200)).body as ProgressionResult;
      expect(result.level.key).toBe('level-2');
      expect(result.pay).toMatchObject({ band: 4, completedYears: 3, annualPounds: 24157 });
    });

    it('drafts and evidence older than the currency window do not count', async () => {
      const body = request({
        evidence: [
          score('person-centred-approach', 5, '2026-02-01', false),
          score('promoting-autonomy', 4, '2024-01-01'),
        ],
      });
      const result = (await evaluate(sam, body).expect(200)).body as ProgressionResult;
      expect(result.level.key).toBe('entry');
      expect(result.gaps).toEqual([
        'Person Centred Approach: observation on 2026-02-01 not yet signed off; needs 3 (Competent)',
      ]);
    });

    it.each([
      [
        'a score of 6',
        { evidence: [score('self-monitoring', 6)] },
        'evidence.0.score must be a whole number from 0 to 5',
      ],
      [
        'a score of 2.5',
        { evidence: [score('self-monitoring', 3), score('self-monitoring', 2.5)] },
        'evidence.1.score must be a whole number from 0 to 5',
      ],
      [
        'a score sent as text',
        { evidence: [score('self-monitoring', '3')] },
        'evidence.0.score must be a whole number from 0 to 5',
      ],
      [
        'a negative score',
        { evidence: [score('self-monitoring', -1)] },
        'evidence.0.score must be a whole number from 0 to 5',
      ],
      [
        'a date that does not exist',
        { evidence: [score('self-monitoring', 3, '2026-02-30')] },
        'evidence.0.observedOn must be a real calendar date written YYYY-MM-DD',
      ],
      [
        'an unknown competency',
        { evidence: [score('listening', 3)] },
        'evidence.0.competency must be an assessed competency key',
      ],
      [
        'a signed-off score without a sign-off time',
        { evidence: [{ ...score('self-monitoring', 3), signedOffAt: null }] },
        'evidence.0.signedOffAt must be an ISO datetime',
      ],
      [
        'a malformed sign-off time',
        { evidence: [{ ...score('self-monitoring', 3), signedOffAt: '2026-01-10 12:00' }] },
        'evidence.0.signedOffAt must be an ISO datetime',
      ],
      [
        'a missing observation id',
        { evidence: [{ ...score('self-monitoring', 3), observationId: '' }] },
        'evidence.0.observationId should not be empty',
      ],
      [
        'a non-boolean signedOff',
        { evidence: [{ ...score('self-monitoring', 3), signedOff: 'yes' }] },
        'evidence.0.signedOff must be true or false',
      ],
      ['a missing asOf', { asOf: undefined }, 'asOf must be a real calendar date written YYYY-MM-DD'],
      [
        'an asOf that is not YYYY-MM-DD',
        { asOf: '15/03/2026' },
        'asOf must be a real calendar date written YYYY-MM-DD',
      ],
      ['a bad attestation date', { attestationDate: '2026-13-01' }, 'attestationDate must be a real calendar date'],
      [
        'a bad experience start date',
        { experienceStartDate: 'last year' },
        'experienceStartDate must be a real calendar date',
      ],
      ['a missing inductionComplete', { inductionComplete: undefined }, 'inductionComplete must be true or false'],
      ['evidence that is not an array', { evidence: 'none' }, 'evidence must be an array of evidence items'],
      [
        'a policy version of 0',
        { policy: { key: 'somerset-default', version: 0 } },
        'policy.version must be a whole number of at least 1',
      ],
      ['a malformed pay year', { payYear: '2020-2021' }, 'payYear must be a pay year written YYYY/YY'],
      ['an unknown field', { colour: 'blue' }, 'property colour should not exist'],
    ])('400 naming the field for %s', async (_case, overrides, expected) => {
      const response = await evaluate(sam, request(overrides)).expect(400);
      expect(errorsOf(response).some((message) => message.startsWith(expected))).toBe(true);
    });

    it('lists every bad field at once', async () => {
      const body = request({ asOf: 'soon', evidence: [score('self-monitoring', 6), score('nope', 3)] });
      const errors = errorsOf(await evaluate(sam, body).expect(400));
      expect(errors).toEqual(
        expect.arrayContaining([
          'asOf must be a real calendar date written YYYY-MM-DD',
          'evidence.0.score must be a whole number from 0 to 5',
          expect.stringMatching(/^evidence\.1\.competency must be an assessed competency key/),
        ]),
      );
    });

    it('refuses more than 500 evidence items with 400', async () => {
      const evidence = Array.from({ length: 501 }, (_, i) => ({
        ...score('self-monitoring', 3),
        observationId: `o${i}`,
      }));
      const errors = errorsOf(await evaluate(sam, request({ evidence })).expect(400));
      expect(errors).toContain('evidence must have at most 500 items');
      const atLimit = evidence.slice(0, 500);
      await evaluate(sam, request({ evidence: atLimit })).expect(200);
    });

    it('404 naming an unknown pay year or policy version', async () => {
      const payYear = await evaluate(sam, request({ payYear: '2031/32' })).expect(404);
      expect(payYear.body.message).toContain('2031/32');
      const policy = await evaluate(sam, request({ policy: { key: 'somerset-default', version: 9 } })).expect(404);
      expect(policy.body.message).toBe('There is no progression policy somerset-default version 9');
    });

    it('uses a stored pay year when named', async () => {
      const scale = await app.get(PayScaleService).get('2020/21');
      await ownerQuery(databaseUrl, `INSERT INTO pay_scales (year, title, source, bands) VALUES ($1, $2, $3, $4)`, [
        '2021/22',
        'Test pay year',
        'Test data: 2020/21 with Band 3 raised by £1,000',
        JSON.stringify(
          scale.bands.map((band) => ({
            ...band,
            points: band.points.map((p) => ({ ...p, annualPounds: p.annualPounds + (band.band === 3 ? 1000 : 0) })),
          })),
        ),
      ]);
      const result = (await evaluate(sam, request({ payYear: '2021/22' })).expect(200)).body as ProgressionResult;
      expect(result.pay).toMatchObject({ payYear: '2021/22', band: 3, annualPounds: 20737 });
    });
  });

  describe('a stored non-default policy', () => {
    const evidence = [...CORE, ...LEVEL_1].map((c) => score(c, 3));

    beforeAll(async () => {
      await admin.post('/api/policies', STRICT_POLICY).expect(201);
    });

    it('changes the result, and the result names the policy version that produced it', async () => {
      const byDefault = (await evaluate(sam, request({ evidence })).expect(200)).body as ProgressionResult;
      expect(byDefault.level.key).toBe('level-1');
      expect(byDefault.policy).toEqual({ key: 'somerset-default', version: 1 });

      const strict = (
        await evaluate(sam, request({ evidence, policy: { key: 'mendip-proficient', version: 1 } })).expect(200)
      ).body as ProgressionResult;
      expect(strict.level.key).toBe('entry');
      expect(strict.policy).toEqual({ key: 'mendip-proficient', version: 1 });
      expect(strict.gaps).toEqual([
        'Person Centred Approach: latest score 3 (Competent) on 2026-01-10; needs 4 (Proficient)',
      ]);
    });

    it('is not visible outside its organisation: a platform administrator asking for it gets 404', async () => {
      const platform = await factories.signedInClient(await factories.newPlatformAdmin());
      const response = await evaluate(platform, request({ policy: { key: 'mendip-proficient', version: 1 } }));
      expect(response.status).toBe(404);
    });

    it('once used, cannot be changed or deleted even by the table owner', async () => {
      const [row] = await ownerQuery<{ first_used_at: Date | null }>(
        databaseUrl,
        `SELECT first_used_at FROM progression_policies WHERE key = 'mendip-proficient'`,
      );
      expect(row.first_used_at).toBeInstanceOf(Date);
      await expect(
        ownerQuery(
          databaseUrl,
          `UPDATE progression_policies SET definition = jsonb_set(definition, '{currencyWindowMonths}', '12') WHERE key = 'mendip-proficient'`,
        ),
      ).rejects.toThrow(/cannot be changed; a changed policy is a new version/);
      await expect(
        ownerQuery(databaseUrl, `UPDATE progression_policies SET first_used_at = NULL WHERE key = 'mendip-proficient'`),
      ).rejects.toThrow(/cannot be changed/);
      await expect(
        ownerQuery(databaseUrl, `DELETE FROM progression_policies WHERE key = 'mendip-proficient'`),
      ).rejects.toThrow(/has produced results and cannot be deleted/);
      const [builtIn] = await ownerQuery<{ first_used_at: Date | null }>(
        databaseUrl,
        `SELECT first_used_at FROM progression_policies WHERE key = 'somerset-default' AND organisation_id IS NULL`,
      );
      expect(builtIn.first_used_at).toBeInstanceOf(Date);
    });

    it('once adopted, is what the organisation’s results use when no policy is named', async () => {
      await admin.put('/api/organisation/policy', { key: 'mendip-proficient', version: 1 }).expect(200);
      try {
        const adopted = (await evaluate(sam, request({ evidence })).expect(200)).body as ProgressionResult;
        expect(adopted.policy).toEqual({ key: 'mendip-proficient', version: 1 });
        const stored = (await sam.get(`/api/people/${SAM.id}/progression`).expect(200)).body as ProgressionResult;
        expect(stored.policy).toEqual({ key: 'mendip-proficient', version: 1 });
      } finally {
        await admin.put('/api/organisation/policy', { key: 'somerset-default', version: 1 }).expect(200);
      }
    });
  });

  describe('GET /api/people/{id}/progression', () => {
    const progressionOf = (client: ApiClient, id: string, query = '') =>
      client.get(`/api/people/${id}/progression${query}`);

    it('answers the worker, their current supervisor and their employer admin', async () => {
      for (const client of [sam, supervisorOfSam, admin]) {
        const response = await progressionOf(client, SAM.id, `?asOf=${AS_OF}`).expect(200);
        const result = response.body as ProgressionResult;
        expect(result.asOf).toBe(AS_OF);
        expect(result.level.key).toBe('entry');
        expect(result.policy).toEqual({ key: 'somerset-default', version: 1 });
        // Entry is paid at the bottom of Band 3 whatever the experience (Sam's began 2023-02-01).
        expect(result.pay).toMatchObject({ band: 3, experienceStartDate: '2023-02-01', annualPounds: 19737 });
      }
    });

    it('defaults asOf to today (UTC)', async () => {
      const result = (await progressionOf(sam, SAM.id).expect(200)).body as ProgressionResult;
      expect(result.asOf).toBe(new Date().toISOString().slice(0, 10));
    });

    it('403 for a supervisor who does not supervise them, and for another worker', async () => {
      await progressionOf(otherSupervisor, SAM.id).expect(403);
      await progressionOf(alex, SAM.id).expect(403);
      const [denial] = await ownerQuery<{ outcome: string }>(
        databaseUrl,
        `SELECT outcome FROM audit_log WHERE actor_id = $1 AND target_id = $2 ORDER BY id DESC LIMIT 1`,
        [OTHER_SUPERVISOR.id, SAM.id],
      );
      expect(denial.outcome).toBe('denied');
    });

    it('404 for a person in another organisation, exactly like one that does not exist', async () => {
      const other = await progressionOf(admin, OTHER_WORKER).expect(404);
      const missing = await progressionOf(admin, '22222222-3333-4444-8555-000000000000').expect(404);
      expect(other.body).toEqual(missing.body);
    });

    it('400 naming a bad asOf, pay year or id; 404 naming an unknown pay year', async () => {
      expect(errorsOf(await progressionOf(sam, SAM.id, '?asOf=2026-02-30').expect(400))).toEqual([
        'asOf must be a real calendar date written YYYY-MM-DD',
      ]);
      expect(errorsOf(await progressionOf(sam, 'not-a-uuid').expect(400))).toEqual(['id must be a UUID']);
      const payYear = await progressionOf(sam, SAM.id, '?payYear=2031/32').expect(404);
      expect(payYear.body.message).toContain('2031/32');
    });

    it('401 without a session', async () => {
      const anonymous = await anonymousClient(app);
      await anonymous.get(`/api/people/${SAM.id}/progression`).expect(401);
    });

    it('computes from whatever the evidence source returns for the worker', async () => {
      const source = app.get<ProgressionEvidenceSource>(PROGRESSION_EVIDENCE_SOURCE, { strict: false });
      const signed: EvidenceItem = {
        competency: 'person-centred-approach',
        score: 4,
        observedOn: '2026-01-10',
        signedOffAt: '2026-01-11T09:00:00Z',
        signedOff: true,
        observationId: 'obs-1',
        supervisorId: SUPERVISOR_OF_SAM.id,
      };
      expect(await source.evidenceFor({ organisationId: ORGANISATION.id, workerId: ALEX.id }, AS_OF)).toEqual([]);
      const spy = jest.spyOn(source, 'evidenceFor').mockResolvedValueOnce([signed]);
      try {
        await admin.put(`/api/people/${ALEX.id}/induction`, { completedOn: '2021-02-01' }).expect(200);
        const result = (await progressionOf(alex, ALEX.id, `?asOf=${AS_OF}`).expect(200)).body as ProgressionResult;
        expect(spy).toHaveBeenCalledWith({ organisationId: ORGANISATION.id, workerId: ALEX.id }, AS_OF);
        expect(result.level.key).toBe('core');
        expect(result.competencies[0].latest).toMatchObject({ score: 4, observationId: 'obs-1' });
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('induction and attestation (employer admins)', () => {
    it('recording induction changes the result: still Entry without an observation, but the induction gap is gone', async () => {
      const before = (await sam.get(`/api/people/${SAM.id}/progression?asOf=${AS_OF}`).expect(200))
        .body as ProgressionResult;
      expect(before.inductionComplete).toBe(false);
      expect(before.gaps).toContain('Local induction not yet complete');

      const response = await admin.put(`/api/people/${SAM.id}/induction`, { completedOn: '2023-03-01' }).expect(200);
      expect(response.body).toEqual({
        personId: SAM.id,
        inductionCompletedOn: '2023-03-01',
        widerResponsibilitiesAttestedOn: null,
      });

      const after = (await sam.get(`/api/people/${SAM.id}/progression?asOf=${AS_OF}`).expect(200))
        .body as ProgressionResult;
      expect(after.inductionComplete).toBe(true);
      expect(after.level.key).toBe('entry');
      expect(after.gaps).toEqual(['Person Centred Approach: not yet observed; needs 3 (Competent)']);

      // As of a date before the induction, it had not happened yet.
      const earlier = (await sam.get(`/api/people/${SAM.id}/progression?asOf=2023-02-15`).expect(200))
        .body as ProgressionResult;
      expect(earlier.inductionComplete).toBe(false);

      const [audit] = await ownerQuery<{ action: string; actor_id: string; detail: Record<string, unknown> }>(
        databaseUrl,
        `SELECT action, actor_id, detail FROM audit_log WHERE action = 'person.induction.set' AND target_id = $1`,
        [SAM.id],
      );
      expect(audit).toEqual({
        action: 'person.induction.set',
        actor_id: ADMIN.id,
        detail: { completedOn: '2023-03-01' },
      });
    });

    it('recording an attestation shows in the result while it is current', async () => {
      await admin.put(`/api/people/${JO.id}/attestation`, { attestedOn: '2026-01-05' }).expect(200);
      const result = (await admin.get(`/api/people/${JO.id}/progression?asOf=${AS_OF}`).expect(200))
        .body as ProgressionResult;
      expect(result.attestation).toEqual({ attestedOn: '2026-01-05', current: true });
      const later = (await admin.get(`/api/people/${JO.id}/progression?asOf=2028-01-05`).expect(200))
        .body as ProgressionResult;
      expect(later.attestation).toEqual({ attestedOn: '2026-01-05', current: false });
      const [audit] = await ownerQuery<{ actor_id: string }>(
        databaseUrl,
        `SELECT actor_id FROM audit_log WHERE action = 'person.attestation.set' AND target_id = $1`,
        [JO.id],
      );
      expect(audit.actor_id).toBe(ADMIN.id);

      const cleared = await admin.put(`/api/people/${JO.id}/attestation`, { attestedOn: null }).expect(200);
      expect(cleared.body.widerResponsibilitiesAttestedOn).toBeNull();
    });

    it('only employer admins may record them: 403 for the worker and their supervisor', async () => {
      await sam.put(`/api/people/${SAM.id}/induction`, { completedOn: '2023-03-01' }).expect(403);
      await supervisorOfSam.put(`/api/people/${SAM.id}/attestation`, { attestedOn: '2026-01-05' }).expect(403);
    });

    it('404 for a person in another organisation; nothing changes there', async () => {
      await admin.put(`/api/people/${OTHER_WORKER}/induction`, { completedOn: '2023-03-01' }).expect(404);
      const [row] = await ownerQuery<{ induction_completed_on: string | null }>(
        databaseUrl,
        `SELECT induction_completed_on FROM people WHERE id = $1`,
        [OTHER_WORKER],
      );
      expect(row.induction_completed_on).toBeNull();
    });

    it('400 naming a bad, missing or future date', async () => {
      expect(
        errorsOf(await admin.put(`/api/people/${SAM.id}/induction`, { completedOn: '2023-02-29' }).expect(400)),
      ).toEqual(['completedOn must be a real calendar date written YYYY-MM-DD, or null']);
      expect(errorsOf(await admin.put(`/api/people/${SAM.id}/induction`, {}).expect(400))).toEqual([
        'completedOn must be a real calendar date written YYYY-MM-DD, or null',
      ]);
      const future = await admin.put(`/api/people/${SAM.id}/attestation`, { attestedOn: '2999-01-01' }).expect(400);
      expect(errorsOf(future)[0]).toMatch(/^attestedOn must not be after today/);
    });
  });
});

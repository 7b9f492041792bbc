import type { INestApplication } from '@nestjs/common';
import type { ProgressionResult } from '@ladder/dreyfus';
import { randomUUID } from 'node:crypto';
import type { ObservationPlanView } from '../src/observations/dto/observation-plan-view.dto';
import type { ObservationDetailView, ObservationView } from '../src/observations/dto/observation-view.dto';
import type { SuperviseeOverviewView } from '../src/observations/dto/supervisee-overview-view.dto';
import { anonymousClient, type ApiClient } from './auth-helpers';
import type { TestPerson } from './factories';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';
import { daysAgoUtc } from '../src/common/calendar-date';
import {
  PROGRESSION_EVIDENCE_SOURCE,
  type ProgressionEvidenceSource,
} from '../src/progression/progression-evidence-source';

/**
 * The observation workflow against the real app and PostgreSQL: plan → autosave → sign off →
 * acknowledge, amendments and their history, progression from signed-off scores, the
 * supervisor's overview. Integrity (immutability, concurrency, validation, identifiers, access)
 * is in observations-integrity.spec.ts.
 */
const LINK_WORKER = 'Social Prescribing Link Worker';
let ADMIN: TestPerson;
let SUPERVISOR_ONE: TestPerson; // supervises Sam and Alex
let SUPERVISOR_TWO: TestPerson; // supervises Jo and Chris
let SAM: TestPerson;
let ALEX: TestPerson;
let JO: TestPerson;
let CHRIS: TestPerson;

const PCA = 'somerset:ac.person-centred-approach';
const LEVEL_1_ITEMS = [
  'somerset:ac.promoting-autonomy',
  'somerset:ac.action-planning-goal-setting',
  'somerset:ac.managing-setbacks-problem-solving',
];

describe('observations (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let admin: ApiClient;
  let supervisorOne: ApiClient;
  let supervisorTwo: ApiClient;
  let sam: ApiClient;
  let alex: ApiClient;

  const plan = (client: ApiClient, body: Record<string, unknown>) => client.post('/api/observations', body);
  const planFor = (client: ApiClient, workerId: string, overrides: Record<string, unknown> = {}) =>
    plan(client, {
      workerId,
      observedOn: daysAgoUtc(3),
      setting: 'face-to-face',
      frameworkKey: 'somerset',
      frameworkVersion: '2021.1',
      itemIds: [PCA],
      ...overrides,
    });
  const save = (client: ApiClient, id: string, body: Record<string, unknown>) =>
    client.put(`/api/observations/${id}`, body);
  const signOff = (client: ApiClient, id: string, revision: number, idempotencyKey: string = randomUUID()) =>
    client.post(`/api/observations/${id}/sign-off`, { revision, idempotencyKey });
  const progressionOf = async (client: ApiClient, workerId: string) =>
    (await client.get(`/api/people/${workerId}/progression`).expect(200)).body as ProgressionResult;

  /** A signed-off observation of Person Centred Approach with this score, by this supervisor. */
  async function signedOff(client: ApiClient, workerId: string, score: number, observedOn = daysAgoUtc(3)) {
    const draft = (await planFor(client, workerId, { observedOn }).expect(201)).body as ObservationView;
    const saved = await save(client, draft.id, {
      revision: draft.revision,
      items: [{ itemId: PCA, score }],
      consentConfirmed: true,
    }).expect(200);
    return (await signOff(client, draft.id, saved.body.revision).expect(200)).body as ObservationView;
  }

  beforeAll(async () => {
    const testApp = await createTestApp();
    ({ app, databaseUrl } = testApp);
    const { newOrganisation, newPerson, newSupervisionAssignment, signedInClient } = testApp.factories;
    const organisation = await newOrganisation();
    ADMIN = await newPerson(organisation, { roles: ['employer_admin'] });
    SUPERVISOR_ONE = await newPerson(organisation, { roles: ['supervisor'], fullName: 'Dr Tom Hughes' });
    SUPERVISOR_TWO = await newPerson(organisation, { roles: ['supervisor'], fullName: 'Grace Okafor' });
    SAM = await newPerson(organisation, { roles: ['link_worker'], fullName: 'Sam Patel', jobTitle: LINK_WORKER });
    ALEX = await newPerson(organisation, { roles: ['link_worker'], fullName: 'Alex Morgan', jobTitle: LINK_WORKER });
    JO = await newPerson(organisation, { roles: ['link_worker'], fullName: 'Jo Evans' });
    CHRIS = await newPerson(organisation, { roles: ['link_worker'], fullName: 'Chris Walker' });
    for (const [supervisor, worker] of [
      [SUPERVISOR_ONE, SAM],
      [SUPERVISOR_ONE, ALEX],
      [SUPERVISOR_TWO, JO],
      [SUPERVISOR_TWO, CHRIS],
    ]) {
      await newSupervisionAssignment({ supervisor, worker });
    }
    [admin, supervisorOne, supervisorTwo, sam, alex] = await Promise.all(
      [ADMIN, SUPERVISOR_ONE, SUPERVISOR_TWO, SAM, ALEX].map(signedInClient),
    );
    // Core needs local induction as well as Person Centred Approach at 3 (Competent).
    for (const worker of [SAM, ALEX]) {
      await admin.put(`/api/people/${worker.id}/induction`, { completedOn: '2024-01-10' }).expect(200);
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  it('documents every route in the OpenAPI description', async () => {
    const anonymous = await anonymousClient(app);
    const docs = (await anonymous.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    expect(Object.keys(docs.paths)).toEqual(
      expect.arrayContaining([
        '/api/observations',
        '/api/observations/plan',
        '/api/observations/{id}',
        '/api/observations/{id}/sign-off',
        '/api/observations/{id}/amendments',
        '/api/observations/{id}/acknowledgement',
        '/api/supervisees/overview',
      ]),
    );
    expect(Object.keys(docs.paths['/api/observations/{id}'].put.responses)).toEqual(
      expect.arrayContaining(['200', '400', '403', '404', '409', '422']),
    );
    expect(Object.keys(docs.components.schemas.ObservationView.properties).sort()).toEqual(
      [
        'id',
        'workerId',
        'workerName',
        'supervisorId',
        'supervisorName',
        'plannedById',
        'variant',
        'frameworkKey',
        'frameworkVersion',
        'observedOn',
        'setting',
        'status',
        'revision',
        'consentConfirmed',
        'items',
        'strengths',
        'developmentAreas',
        'agreedActions',
        'signedOffById',
        'signedOffByName',
        'signedOffAt',
        'amends',
        'supersededBy',
        'acknowledgement',
        'possibleIdentifiers',
      ].sort(),
    );
  });

  it('answers 401 without a session', async () => {
    const anonymous = await anonymousClient(app);
    await anonymous.get(`/api/observations?workerId=${SAM.id}`).expect(401);
    await anonymous.get('/api/supervisees/overview').expect(401);
  });

  describe('the whole workflow: plan → autosave → sign off → acknowledge', () => {
    let observationId: string;

    it('plans: proposes the competencies of the current and next level, with the guidance quoted', async () => {
      const response = await sam.get(`/api/observations/plan?workerId=${SAM.id}`).expect(200);
      const body = response.body as ObservationPlanView;
      expect(body.worker).toEqual({ id: SAM.id, fullName: 'Sam Patel' });
      expect(body.framework).toEqual({ key: 'somerset', version: '2021.1' });
      // Sam is at Entry: the next level, Core, assesses Person Centred Approach.
      expect(body.proposedItemIds).toEqual([PCA]);
      expect(body.guidance.keyFeatures).toEqual([
        {
          itemId: PCA,
          title: 'Person Centred Approach',
          keyFeatures:
            "Communication should be person centred, with a focus on 'what matters to you', encouraging individuals; maximising their autonomy and sense of intrinsic motivation.",
          interaction:
            "Facilitators should build rapport, be empathetic, seek to listen and understand the individual's context, situation, strengths and what matters to them. They should avoid jumping to offering solutions, advice or being didactic.",
        },
      ]);
      expect(body.guidance.howScoringWorks).toContain(
        'When rating skill at delivering a particular competence, first identify if the key features of the competence are evident.',
      );
      expect(body.guidance.howScoringWorks).toContain(
        '0 Absence: Absence of and/ or highly inappropriate performance of skill',
      );
      expect(body.guidance.howScoringWorks).toContain('5 Expert: Excellent skills, no problems or inconsistencies.');
      expect(body.guidance.whatWillBeObserved).toContain('Person Centred Approach');
      expect(body.guidance.whatWillBeObserved).toContain(
        'Frequency of use can be decided between SPLW and supervisor, but we would encourage use every 6-12 months.',
      );
      expect(body.guidance.consent).toContain(
        'An ability to draw on knowledge that people have a right to withdraw or limit consent at any time',
      );
      // Their supervisor and employer admin may read it; another worker may not.
      await supervisorOne.get(`/api/observations/plan?workerId=${SAM.id}`).expect(200);
      await admin.get(`/api/observations/plan?workerId=${SAM.id}`).expect(200);
      await alex.get(`/api/observations/plan?workerId=${SAM.id}`).expect(403);
    });

    it('the worker plans their own observation: a draft with no supervisor and nothing scored', async () => {
      const response = await planFor(sam, SAM.id).expect(201);
      const body = response.body as ObservationView;
      observationId = body.id;
      expect(body).toEqual({
        id: expect.any(String),
        workerId: SAM.id,
        workerName: 'Sam Patel',
        supervisorId: null,
        supervisorName: null,
        plannedById: SAM.id,
        variant: 'standard',
        frameworkKey: 'somerset',
        frameworkVersion: '2021.1',
        observedOn: daysAgoUtc(3),
        setting: 'face-to-face',
        status: 'draft',
        revision: 1,
        consentConfirmed: false,
        items: [{ itemId: PCA, score: null, notObserved: false, evidenceNotes: '' }],
        strengths: '',
        developmentAreas: '',
        agreedActions: '',
        signedOffById: null,
        signedOffByName: null,
        signedOffAt: null,
        amends: null,
        supersededBy: null,
        acknowledgement: null,
        possibleIdentifiers: [],
      });
    });

    it('the supervisor autosaves scores and notes; each save moves the revision on', async () => {
      const first = await save(supervisorOne, observationId, {
        revision: 1,
        items: [{ itemId: PCA, score: 2, evidenceNotes: 'Open questions; moved to solutions early.' }],
        strengths: 'Warm welcome',
      }).expect(200);
      expect(first.body).toMatchObject({
        revision: 2,
        supervisorId: SUPERVISOR_ONE.id,
        supervisorName: 'Dr Tom Hughes',
        items: [
          { itemId: PCA, score: 2, notObserved: false, evidenceNotes: 'Open questions; moved to solutions early.' },
        ],
        strengths: 'Warm welcome',
      });
      const second = await save(supervisorOne, observationId, {
        revision: 2,
        strengths: 'Warm welcome; reflected feelings back',
        developmentAreas: 'Let the person lead the agenda',
        agreedActions: 'Read the MI chapter on evoking',
        consentConfirmed: true,
      }).expect(200);
      expect(second.body).toMatchObject({
        revision: 3,
        consentConfirmed: true,
        items: [{ itemId: PCA, score: 2 }],
        developmentAreas: 'Let the person lead the agenda',
      });
    });

    it('only a current supervisor scores and signs off: the worker and their employer admin get 403', async () => {
      await save(sam, observationId, { revision: 3, items: [{ itemId: PCA, score: 5 }] }).expect(403);
      await signOff(sam, observationId, 3).expect(403);
      await save(admin, observationId, { revision: 3, strengths: 'x' }).expect(403);
      const stored = (await sam.get(`/api/observations/${observationId}`).expect(200)).body as ObservationView;
      expect(stored).toMatchObject({ revision: 3, items: [{ score: 2 }] });
    });

    it('signs off; from then on it cannot be changed through the API', async () => {
      const response = await signOff(supervisorOne, observationId, 3).expect(200);
      const body = response.body as ObservationView;
      expect(body).toMatchObject({
        status: 'signed-off',
        signedOffById: SUPERVISOR_ONE.id,
        signedOffByName: 'Dr Tom Hughes',
        items: [{ itemId: PCA, score: 2 }],
      });
      expect(Date.parse(body.signedOffAt as string)).toBeGreaterThan(Date.now() - 60_000);
      const edit = await save(supervisorOne, observationId, { revision: body.revision, strengths: 'x' }).expect(409);
      expect(edit.body.message).toContain('signed off');
      await signOff(supervisorOne, observationId, body.revision).expect(409);
    });

    it('the worker acknowledges, with a comment stored apart from the scores', async () => {
      await supervisorOne.post(`/api/observations/${observationId}/acknowledgement`, { comment: 'x' }).expect(403);
      const response = await sam
        .post(`/api/observations/${observationId}/acknowledgement`, { comment: 'Thank you; agreed.' })
        .expect(200);
      const body = response.body as ObservationView;
      expect(body.acknowledgement).toEqual({ acknowledgedAt: expect.any(String), comment: 'Thank you; agreed.' });
      expect(body).toMatchObject({ status: 'signed-off', items: [{ score: 2 }] });
      // A retry is harmless; a different second acknowledgement is refused.
      await sam
        .post(`/api/observations/${observationId}/acknowledgement`, { comment: 'Thank you; agreed.' })
        .expect(200);
      await sam.post(`/api/observations/${observationId}/acknowledgement`, { comment: 'Changed my mind' }).expect(409);
      const [stored] = await ownerQuery<{ comment: string }>(
        databaseUrl,
        `SELECT comment FROM observation_acknowledgements WHERE observation_id = $1`,
        [observationId],
      );
      expect(stored.comment).toBe('Thank you; agreed.');
    });

    it('a draft cannot be acknowledged', async () => {
      const draft = (await planFor(sam, SAM.id).expect(201)).body as ObservationView;
      await sam.post(`/api/observations/${draft.id}/acknowledgement`, {}).expect(409);
    });

    it('is listed newest first for the worker, their supervisor and employer admin, with its history', async () => {
      for (const client of [sam, supervisorOne, admin]) {
        const list = (await client.get(`/api/observations?workerId=${SAM.id}`).expect(200)).body as ObservationView[];
        expect(list.map((o) => o.id)).toContain(observationId);
        const dates = list.map((o) => o.observedOn);
        expect([...dates].sort().reverse()).toEqual(dates);
      }
      const detail = (await sam.get(`/api/observations/${observationId}`).expect(200)).body as ObservationDetailView;
      expect(detail.history).toEqual([{ id: observationId, signedOffAt: detail.signedOffAt, reason: null }]);
    });

    it('audits every create, save, sign-off and acknowledgement, with no free text', async () => {
      const rows = await ownerQuery<{ action: string; actor_id: string; detail: Record<string, unknown> }>(
        databaseUrl,
        `SELECT action, actor_id, detail FROM audit_log WHERE target_type = 'observation' AND target_id = $1 AND outcome = 'allowed' ORDER BY id`,
        [observationId],
      );
      expect(rows.map((row) => [row.action, row.actor_id])).toEqual([
        ['observation.create', SAM.id],
        ['observation.update', SUPERVISOR_ONE.id],
        ['observation.update', SUPERVISOR_ONE.id],
        ['observation.sign-off', SUPERVISOR_ONE.id],
        ['observation.acknowledge', SAM.id],
      ]);
      expect(JSON.stringify(rows)).not.toMatch(/Warm|solutions|Thank you/);
    });

    it('an amendment corrects it: a new signed-off observation; the original shows supersededBy; history keeps both; progression uses the latest', async () => {
      const before = await progressionOf(sam, SAM.id);
      expect(before.level.key).toBe('entry'); // Person Centred Approach 2 is below Competent
      expect(before.competencies[0].latest).toMatchObject({ score: 2, observationId });

      await sam
        .post(`/api/observations/${observationId}/amendments`, {
          reason: 'x',
          idempotencyKey: randomUUID(),
          items: [{ itemId: PCA, score: 5 }],
        })
        .expect(403);

      const key = randomUUID();
      const amendment = {
        reason: 'Score entered as 2; agreed 3 at the debrief.',
        idempotencyKey: key,
        items: [{ itemId: PCA, score: 3 }],
      };
      const response = await supervisorOne.post(`/api/observations/${observationId}/amendments`, amendment).expect(201);
      const amended = response.body as ObservationView;
      expect(amended).toMatchObject({
        status: 'signed-off',
        workerId: SAM.id,
        observedOn: daysAgoUtc(3),
        amends: { observationId, reason: 'Score entered as 2; agreed 3 at the debrief.' },
        supersededBy: null,
        items: [{ itemId: PCA, score: 3, evidenceNotes: 'Open questions; moved to solutions early.' }],
        strengths: 'Warm welcome; reflected feelings back',
        signedOffById: SUPERVISOR_ONE.id,
        acknowledgement: null,
      });
      expect(amended.id).not.toBe(observationId);

      // The same key again (a retry) answers with the same amendment; there is still only one.
      const retry = await supervisorOne.post(`/api/observations/${observationId}/amendments`, amendment).expect(201);
      expect(retry.body.id).toBe(amended.id);
      const rows = await ownerQuery(databaseUrl, `SELECT id FROM observations WHERE amends_id = $1`, [observationId]);
      expect(rows).toHaveLength(1);

      const original = (await sam.get(`/api/observations/${observationId}`).expect(200)).body as ObservationDetailView;
      expect(original).toMatchObject({
        supersededBy: amended.id,
        items: [{ score: 2 }],
        acknowledgement: { comment: 'Thank you; agreed.' },
      });
      const expectedHistory = [
        { id: observationId, signedOffAt: original.signedOffAt, reason: null },
        { id: amended.id, signedOffAt: amended.signedOffAt, reason: 'Score entered as 2; agreed 3 at the debrief.' },
      ];
      expect(original.history).toEqual(expectedHistory);
      const latest = (await sam.get(`/api/observations/${amended.id}`).expect(200)).body as ObservationDetailView;
      expect(latest.history).toEqual(expectedHistory);

      const after = await progressionOf(sam, SAM.id);
      expect(after.level.key).toBe('core');
      expect(after.competencies[0].latest).toMatchObject({ score: 3, observationId: amended.id });

      // Only the latest version can be amended; a different change to the original is refused.
      const again = await supervisorOne
        .post(`/api/observations/${observationId}/amendments`, {
          reason: 'Another go',
          idempotencyKey: randomUUID(),
          items: [{ itemId: PCA, score: 4 }],
        })
        .expect(409);
      expect(again.body.message).toContain(amended.id);
      // An amendment must change something.
      await supervisorOne
        .post(`/api/observations/${amended.id}/amendments`, { reason: 'Nothing', idempotencyKey: randomUUID() })
        .expect(400);
    });

    it('with Sam now at Core, the plan proposes Core’s and Level 1’s competencies', async () => {
      const body = (await supervisorOne.get(`/api/observations/plan?workerId=${SAM.id}`).expect(200))
        .body as ObservationPlanView;
      expect(body.proposedItemIds).toEqual([PCA, ...LEVEL_1_ITEMS]);
      expect(body.guidance.keyFeatures.map((k) => k.title)).toEqual([
        'Person Centred Approach',
        'Promoting Autonomy',
        'Action Planning & Goal Setting',
        'Managing Setbacks & Problem Solving',
      ]);
    });

    it('a draft cannot be amended', async () => {
      const draft = (await planFor(supervisorOne, SAM.id).expect(201)).body as ObservationView;
      await supervisorOne
        .post(`/api/observations/${draft.id}/amendments`, {
          reason: 'x',
          idempotencyKey: randomUUID(),
          items: [{ itemId: PCA, score: 3 }],
        })
        .expect(409);
    });
  });

  describe('progression from signed-off observations', () => {
    it('changes the level when a new observation is signed off, and not before', async () => {
      expect((await progressionOf(alex, ALEX.id)).level.key).toBe('entry');
      const draft = (await planFor(supervisorOne, ALEX.id, { observedOn: daysAgoUtc(10) }).expect(201))
        .body as ObservationView;
      const saved = await save(supervisorOne, draft.id, {
        revision: 1,
        items: [{ itemId: PCA, score: 4 }],
        consentConfirmed: true,
      }).expect(200);

      // A scored draft does not count; the engine reports it as awaiting sign-off.
      const pending = await progressionOf(alex, ALEX.id);
      expect(pending.level.key).toBe('entry');
      expect(pending.competencies[0]).toMatchObject({ latest: null, awaitingSignOffObservedOn: daysAgoUtc(10) });

      await signOff(supervisorOne, draft.id, saved.body.revision).expect(200);
      const after = await progressionOf(alex, ALEX.id);
      expect(after.level.key).toBe('core');
      expect(after.competencies[0].latest).toMatchObject({
        score: 4,
        observationId: draft.id,
        supervisorId: SUPERVISOR_ONE.id,
        observedOn: daysAgoUtc(10),
      });
    });

    it('ignores items marked not observed and scores from other frameworks', async () => {
      const nhse = (
        await planFor(supervisorOne, ALEX.id, {
          frameworkKey: 'nhse-splw',
          frameworkVersion: '2023.1',
          itemIds: ['nhse-splw:1.02'],
        }).expect(201)
      ).body as ObservationView;
      const saved = await save(supervisorOne, nhse.id, {
        revision: 1,
        items: [{ itemId: 'nhse-splw:1.02', score: 0 }],
        consentConfirmed: true,
      }).expect(200);
      await signOff(supervisorOne, nhse.id, saved.body.revision).expect(200);

      const mixed = (await planFor(supervisorOne, ALEX.id, { itemIds: [PCA, ...LEVEL_1_ITEMS] }).expect(201))
        .body as ObservationView;
      const scored = await save(supervisorOne, mixed.id, {
        revision: 1,
        items: [{ itemId: PCA, notObserved: true }, ...LEVEL_1_ITEMS.map((itemId) => ({ itemId, score: 3 }))],
        consentConfirmed: true,
      }).expect(200);
      const signed = (await signOff(supervisorOne, mixed.id, scored.body.revision).expect(200)).body as ObservationView;
      expect(signed.items[0]).toEqual({ itemId: PCA, score: null, notObserved: true, evidenceNotes: '' });

      const result = await progressionOf(alex, ALEX.id);
      // Person Centred Approach still rests on the earlier 4; Level 1's three are now at 3.
      expect(result.competencies[0].latest).toMatchObject({ score: 4 });
      expect(result.level.key).toBe('level-1');
    });
  });

  describe('GET /api/supervisees/overview', () => {
    it('reads every supervisee’s evidence in one go, not once per supervisee', async () => {
      const source = app.get<ProgressionEvidenceSource>(PROGRESSION_EVIDENCE_SOURCE, { strict: false });
      const perWorker = jest.spyOn(source, 'evidenceFor');
      const batched = jest.spyOn(source, 'evidenceForWorkers');
      try {
        await supervisorOne.get('/api/supervisees/overview').expect(200);
        expect(perWorker).not.toHaveBeenCalled();
        expect(batched).toHaveBeenCalledTimes(1);
        expect([...batched.mock.calls[0][1]].sort()).toEqual([SAM.id, ALEX.id].sort());
      } finally {
        perWorker.mockRestore();
        batched.mockRestore();
      }
    });

    it('lists a supervisor’s current supervisees with level, latest observation and whether one is due', async () => {
      const body = (await supervisorOne.get('/api/supervisees/overview').expect(200)).body as SuperviseeOverviewView[];
      expect(body).toEqual([
        {
          workerId: ALEX.id,
          fullName: 'Alex Morgan',
          jobTitle: 'Social Prescribing Link Worker',
          level: { key: 'level-1', name: 'Level 1' },
          lastObservedOn: daysAgoUtc(3),
          due: 'ok',
        },
        {
          workerId: SAM.id,
          fullName: 'Sam Patel',
          jobTitle: 'Social Prescribing Link Worker',
          level: { key: 'core', name: 'Core' },
          lastObservedOn: daysAgoUtc(3),
          due: 'ok',
        },
      ]);
    });

    it('is due soon after 6 months without a signed-off observation and overdue after 12 (drafts do not count)', async () => {
      await signedOff(supervisorTwo, JO.id, 3, daysAgoUtc(240));
      await planFor(supervisorTwo, CHRIS.id, { observedOn: daysAgoUtc(1) }).expect(201); // a draft only
      const body = (await supervisorTwo.get('/api/supervisees/overview').expect(200)).body as SuperviseeOverviewView[];
      expect(
        body.map(({ fullName, lastObservedOn, due, level }) => ({ fullName, lastObservedOn, due, level: level.key })),
      ).toEqual([
        { fullName: 'Chris Walker', lastObservedOn: null, due: 'overdue', level: 'entry' },
        // Jo's induction is not recorded, so a 3 does not make Core.
        { fullName: 'Jo Evans', lastObservedOn: daysAgoUtc(240), due: 'due-soon', level: 'entry' },
      ]);
    });

    it('is for supervisors only', async () => {
      await sam.get('/api/supervisees/overview').expect(403);
      await admin.get('/api/supervisees/overview').expect(403);
    });
  });

  describe('variants and frameworks', () => {
    it('the community-development variant takes NHS England area 3 competencies only', async () => {
      const refused = await planFor(supervisorOne, ALEX.id, {
        variant: 'community-development',
        setting: 'community',
        frameworkKey: 'nhse-splw',
        frameworkVersion: '2023.1',
        itemIds: ['nhse-splw:3.02', 'nhse-splw:1.01'],
      }).expect(400);
      expect(refused.body.errors).toEqual([
        'itemIds.1: the community-development observation covers NHS England area 3 competencies only, and "nhse-splw:1.01" is not one',
      ]);
      const created = await planFor(supervisorOne, ALEX.id, {
        variant: 'community-development',
        setting: 'community',
        frameworkKey: 'nhse-splw',
        frameworkVersion: '2023.1',
        itemIds: ['nhse-splw:3.02', 'nhse-splw:3.03'],
      }).expect(201);
      expect(created.body).toMatchObject({ variant: 'community-development', setting: 'community' });
    });

    it('observes Wales competence areas and statements, and accepts `current` for the version', async () => {
      const created = await planFor(supervisorOne, ALEX.id, {
        frameworkKey: 'wales-sp',
        frameworkVersion: 'current',
        itemIds: ['wales-sp:4.1', 'wales-sp:1.2a'],
        setting: 'video',
      }).expect(201);
      expect(created.body).toMatchObject({
        frameworkKey: 'wales-sp',
        frameworkVersion: '2023.1',
        items: [{ itemId: 'wales-sp:4.1' }, { itemId: 'wales-sp:1.2a' }],
      });
    });
  });
});

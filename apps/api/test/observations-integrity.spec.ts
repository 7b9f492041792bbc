import type { INestApplication } from '@nestjs/common';
import { SOMERSET_2021, type FrameworkItem } from '@ladder/competencies';
import { randomUUID } from 'node:crypto';
import type { ObservationDetailView, ObservationView } from '../src/observations/dto/observation-view.dto';
import { STALE_DRAFT_MESSAGE } from '../src/observations/observation-errors';
import type { ApiClient } from './auth-helpers';
import type { Factories, TestOrganisation, TestPerson } from './factories';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';
import { daysAgoUtc } from '../src/common/calendar-date';
import { errorsOf, insertOrganisation, insertPerson } from './fixtures';

/**
 * What keeps observation records trustworthy: immutability enforced by the database, optimistic
 * locking of drafts, idempotent sign-off, validation naming the field, the patient-identifier
 * check, and who may do what (own organisation / another; worker / supervisor / admin).
 */
let ORGANISATION: TestOrganisation;
let ADMIN: TestPerson;
let SUPERVISOR_ONE: TestPerson; // supervises Sam and Alex
let SUPERVISOR_TWO: TestPerson; // supervises others, not Sam or Alex
let SAM: TestPerson;
let ALEX: TestPerson;

const OTHER_ORGANISATION = '33333333-3333-4444-8555-666666666666';
const OTHER_WORKER = '33333333-3333-4444-8555-777777777777';
const OTHER_OBSERVATION = '33333333-3333-4444-8555-888888888888';
const NO_SUCH_OBSERVATION = '33333333-3333-4444-8555-000000000000';

const PCA = 'somerset:ac.person-centred-approach';
const AUTONOMY = 'somerset:ac.promoting-autonomy';

describe('observation integrity (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let factories: Factories;
  let admin: ApiClient;
  let supervisorOne: ApiClient;
  let supervisorTwo: ApiClient;
  let sam: ApiClient;
  let alex: ApiClient;

  const planFor = (client: ApiClient, workerId: string, overrides: Record<string, unknown> = {}) =>
    client.post('/api/observations', {
      workerId,
      observedOn: daysAgoUtc(2),
      setting: 'home-visit',
      frameworkKey: 'somerset',
      frameworkVersion: '2021.1',
      itemIds: [PCA],
      ...overrides,
    });
  const draftFor = async (client: ApiClient, workerId: string, overrides: Record<string, unknown> = {}) =>
    (await planFor(client, workerId, overrides).expect(201)).body as ObservationView;
  const save = (client: ApiClient, id: string, body: Record<string, unknown>) =>
    client.put(`/api/observations/${id}`, body);
  const signOff = (client: ApiClient, id: string, revision: number, idempotencyKey: string = randomUUID()) =>
    client.post(`/api/observations/${id}/sign-off`, { revision, idempotencyKey });
  /** A draft of Sam's Person Centred Approach, scored 3 with consent: ready to sign off. */
  const readyDraft = async (): Promise<ObservationView> => {
    const draft = await draftFor(supervisorOne, SAM.id);
    return (
      await save(supervisorOne, draft.id, {
        revision: 1,
        items: [{ itemId: PCA, score: 3 }],
        consentConfirmed: true,
      }).expect(200)
    ).body as ObservationView;
  };
  const stored = (id: string) =>
    ownerQuery<{ status: string; revision: number; strengths: string; agreed_actions: string }>(
      databaseUrl,
      `SELECT status, revision, strengths, agreed_actions FROM observations WHERE id = $1`,
      [id],
    ).then((rows) => rows[0]);

  beforeAll(async () => {
    const testApp = await createTestApp();
    ({ app, databaseUrl, factories } = testApp);
    const { newOrganisation, newPerson, newSupervisionAssignment } = factories;
    ORGANISATION = await newOrganisation();
    ADMIN = await newPerson(ORGANISATION, { roles: ['employer_admin'] });
    SUPERVISOR_ONE = await newPerson(ORGANISATION, { roles: ['supervisor'] });
    SUPERVISOR_TWO = await newPerson(ORGANISATION, { roles: ['supervisor'] });
    SAM = await newPerson(ORGANISATION, { roles: ['link_worker'] });
    ALEX = await newPerson(ORGANISATION, { roles: ['link_worker'] });
    await newSupervisionAssignment({ supervisor: SUPERVISOR_ONE, worker: SAM });
    await newSupervisionAssignment({ supervisor: SUPERVISOR_ONE, worker: ALEX });
    await newSupervisionAssignment({
      supervisor: SUPERVISOR_TWO,
      worker: await newPerson(ORGANISATION, { roles: ['link_worker'] }),
    });
    await insertOrganisation(databaseUrl, OTHER_ORGANISATION);
    await insertPerson(databaseUrl, {
      id: OTHER_WORKER,
      organisationId: OTHER_ORGANISATION,
      email: 'worker@other.test',
      fullName: 'Other Worker',
      roles: ['link_worker'],
    });
    await ownerQuery(
      databaseUrl,
      `INSERT INTO observations (id, organisation_id, worker_id, planned_by, variant, framework_key, framework_version, observed_on, setting)
       VALUES ($1, $2, $3, $3, 'standard', 'somerset', '2021.1', '2026-01-05', 'telephone')`,
      [OTHER_OBSERVATION, OTHER_ORGANISATION, OTHER_WORKER],
    );
    await ownerQuery(
      databaseUrl,
      `INSERT INTO observation_items (observation_id, item_id, organisation_id, position) VALUES ($1, $2, $3, 0)`,
      [OTHER_OBSERVATION, PCA, OTHER_ORGANISATION],
    );
    [admin, supervisorOne, supervisorTwo, sam, alex] = await Promise.all(
      [ADMIN, SUPERVISOR_ONE, SUPERVISOR_TWO, SAM, ALEX].map(factories.signedInClient),
    );
  });

  afterAll(async () => {
    await app?.close();
  });

  describe('a signed-off observation is immutable in the database itself', () => {
    let signed: ObservationView;
    let draft: ObservationView;

    beforeAll(async () => {
      const ready = await readyDraft();
      signed = (await signOff(supervisorOne, ready.id, ready.revision).expect(200)).body as ObservationView;
      await sam.post(`/api/observations/${signed.id}/acknowledgement`, { comment: 'Read' }).expect(200);
      draft = await draftFor(supervisorOne, SAM.id, { itemIds: [PCA, AUTONOMY] });
    });

    it.each([
      [
        'an UPDATE of the observation',
        `UPDATE observations SET strengths = 'rewritten' WHERE id = $1`,
        /is signed off and cannot be changed/,
      ],
      [
        'turning it back into a draft',
        `UPDATE observations SET status = 'draft', signed_off_by = NULL, signed_off_at = NULL WHERE id = $1`,
        /is signed off/,
      ],
      [
        'a DELETE of the observation',
        `DELETE FROM observations WHERE id = $1`,
        /is signed off and cannot be changed or deleted/,
      ],
      [
        'an UPDATE of its scores',
        `UPDATE observation_items SET score = 5 WHERE observation_id = $1`,
        /scores of signed-off observation .* cannot be changed/,
      ],
      [
        'a DELETE of its scores',
        `DELETE FROM observation_items WHERE observation_id = $1`,
        /scores of signed-off observation/,
      ],
      [
        'adding a score',
        `INSERT INTO observation_items (observation_id, item_id, organisation_id, position) SELECT id, 'somerset:ac.self-monitoring', organisation_id, 9 FROM observations WHERE id = $1`,
        /scores of signed-off observation/,
      ],
      [
        'changing the acknowledgement',
        `UPDATE observation_acknowledgements SET comment = 'edited' WHERE observation_id = $1`,
        /cannot be changed or deleted/,
      ],
      [
        'deleting the acknowledgement',
        `DELETE FROM observation_acknowledgements WHERE observation_id = $1`,
        /cannot be changed or deleted/,
      ],
    ])('refuses %s, even from the table owner', async (_case, sql, message) => {
      await expect(ownerQuery(databaseUrl, sql, [signed.id])).rejects.toThrow(message);
    });

    it('refuses TRUNCATE of all three tables', async () => {
      for (const table of ['observations', 'observation_items', 'observation_acknowledgements']) {
        await expect(ownerQuery(databaseUrl, `TRUNCATE ${table} CASCADE`)).rejects.toThrow(/cannot be truncated/);
      }
    });

    it('left everything as signed off', async () => {
      const { history, ...now } = (await sam.get(`/api/observations/${signed.id}`).expect(200))
        .body as ObservationDetailView;
      expect(now).toEqual({ ...signed, acknowledgement: now.acknowledgement });
      expect(history).toEqual([{ id: signed.id, signedOffAt: signed.signedOffAt, reason: null }]);
      expect(now.acknowledgement?.comment).toBe('Read');
    });

    it('still lets a draft change, but not be signed off while an item is unscored, nor be inserted signed off', async () => {
      await ownerQuery(databaseUrl, `UPDATE observations SET strengths = 'owner edit' WHERE id = $1`, [draft.id]);
      expect((await stored(draft.id)).strengths).toBe('owner edit');
      await ownerQuery(
        databaseUrl,
        `UPDATE observation_items SET score = 3 WHERE observation_id = $1 AND item_id = $2`,
        [draft.id, PCA],
      );
      await expect(
        ownerQuery(
          databaseUrl,
          `UPDATE observations SET status = 'signed-off', signed_off_by = supervisor_id, signed_off_at = now(), sign_off_key = gen_random_uuid() WHERE id = $1`,
          [draft.id],
        ),
      ).rejects.toThrow(/cannot be signed off until every item is scored or marked not observed/);
      await expect(
        ownerQuery(
          databaseUrl,
          `INSERT INTO observations (organisation_id, worker_id, planned_by, variant, framework_key, framework_version, observed_on, setting, status, signed_off_by, signed_off_at, sign_off_key)
           VALUES ($1, $2, $3, 'standard', 'somerset', '2021.1', '2026-01-05', 'video', 'signed-off', $3, now(), gen_random_uuid())`,
          [ORGANISATION.id, SAM.id, SUPERVISOR_ONE.id],
        ),
      ).rejects.toThrow(/recorded as a draft and then signed off/);
      await expect(
        ownerQuery(databaseUrl, `UPDATE observations SET worker_id = $2 WHERE id = $1`, [draft.id, ALEX.id]),
      ).rejects.toThrow(/who and what an observation is about cannot change/);
    });

    it('gives the API’s database role no DELETE at all', async () => {
      await expect(
        ownerQuery(
          databaseUrl,
          `SET ROLE ladder_app; DELETE FROM observation_items WHERE observation_id = '${draft.id}'`,
        ),
      ).rejects.toThrow(/permission denied/);
    });
  });

  describe('optimistic locking of drafts', () => {
    it('two saves from the same revision at once: one 200, one 409 with the reload message', async () => {
      const draft = await draftFor(supervisorOne, SAM.id);
      const responses = await Promise.all(
        ['first tab', 'second tab', 'third tab'].map((strengths) =>
          save(supervisorOne, draft.id, { revision: 1, strengths }),
        ),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 409, 409]);
      for (const conflict of responses.filter((r) => r.status === 409)) {
        expect(conflict.body).toEqual({ statusCode: 409, error: 'Conflict', message: STALE_DRAFT_MESSAGE });
      }
      const winner = responses.find((r) => r.status === 200)!;
      expect(await stored(draft.id)).toMatchObject({ revision: 2, strengths: winner.body.strengths });
    });

    it('a save or sign-off from an older revision is a 409 and changes nothing', async () => {
      const draft = await readyDraft(); // revision 2
      const stale = await save(supervisorOne, draft.id, { revision: 1, strengths: 'stale' }).expect(409);
      expect(stale.body.message).toBe(STALE_DRAFT_MESSAGE);
      await signOff(supervisorOne, draft.id, 1).expect(409);
      expect(await stored(draft.id)).toMatchObject({ status: 'draft', revision: 2, strengths: '' });
    });
  });

  describe('idempotent sign-off', () => {
    it('the same key twice at once (a double click): both 200 with the same result, one signed-off row', async () => {
      const draft = await readyDraft();
      const key = randomUUID();
      const [first, second] = await Promise.all([
        signOff(supervisorOne, draft.id, draft.revision, key),
        signOff(supervisorOne, draft.id, draft.revision, key),
      ]);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(second.body).toEqual(first.body);
      expect(first.body.status).toBe('signed-off');
      const rows = await ownerQuery(
        databaseUrl,
        `SELECT id FROM observations WHERE sign_off_key = $1 AND status = 'signed-off'`,
        [key],
      );
      expect(rows).toEqual([{ id: draft.id }]);

      // A later retry, even naming the revision it started from, answers the same.
      const retry = await signOff(supervisorOne, draft.id, draft.revision, key).expect(200);
      expect(retry.body).toEqual(first.body);
      const signOffs = await ownerQuery(
        databaseUrl,
        `SELECT id FROM audit_log WHERE action = 'observation.sign-off' AND target_id = $1`,
        [draft.id],
      );
      expect(signOffs).toHaveLength(1);
    });

    it('a key already used for another observation is a 409; a new key for a signed-off one is a 409', async () => {
      const one = await readyDraft();
      const key = randomUUID();
      const signed = await signOff(supervisorOne, one.id, one.revision, key).expect(200);
      const other = await readyDraft();
      await signOff(supervisorOne, other.id, other.revision, key).expect(409);
      expect((await stored(other.id)).status).toBe('draft');
      const again = await signOff(supervisorOne, one.id, signed.body.revision).expect(409);
      expect(again.body.message).toBe('This observation is already signed off.');
    });

    it('400 listing every planned item neither scored nor marked not observed, consent and a future date', async () => {
      const draft = await draftFor(supervisorOne, SAM.id, { itemIds: [PCA, AUTONOMY, 'somerset:ac.self-monitoring'] });
      const saved = await save(supervisorOne, draft.id, { revision: 1, items: [{ itemId: PCA, score: 2 }] }).expect(
        200,
      );
      const refused = await signOff(supervisorOne, draft.id, saved.body.revision).expect(400);
      expect(errorsOf(refused)).toEqual([
        'items.1.score: somerset:ac.promoting-autonomy needs a score from 0 to 5, or marking as not observed',
        'items.2.score: somerset:ac.self-monitoring needs a score from 0 to 5, or marking as not observed',
        'consentConfirmed must be true: the person whose session was observed agreed to the observation',
      ]);
      const future = await draftFor(supervisorOne, SAM.id, { observedOn: daysAgoUtc(-7) });
      const scored = await save(supervisorOne, future.id, {
        revision: 1,
        items: [{ itemId: PCA, score: 3 }],
        consentConfirmed: true,
      }).expect(200);
      const early = await signOff(supervisorOne, future.id, scored.body.revision).expect(400);
      expect(errorsOf(early)).toEqual([
        `observedOn ${daysAgoUtc(-7)} is after today: sign an observation off once it has happened`,
      ]);
      expect((await stored(draft.id)).status).toBe('draft');
    });
  });

  describe('validation names the field', () => {
    let draft: ObservationView;

    beforeAll(async () => {
      draft = await draftFor(supervisorOne, SAM.id, { itemIds: [PCA, AUTONOMY] });
    });

    it.each([6, -1, 2.5, '3', true])(
      'a score of %j is a 400 naming items.N.score, and nothing is saved',
      async (score) => {
        const response = await save(supervisorOne, draft.id, {
          revision: 1,
          items: [
            { itemId: PCA, score: 3 },
            { itemId: AUTONOMY, score },
          ],
          strengths: 'not saved',
        }).expect(400);
        expect(errorsOf(response)).toEqual(['items.1.score must be a whole number from 0 to 5, or null']);
        expect(await stored(draft.id)).toMatchObject({ revision: 1, strengths: '' });
      },
    );

    it('an item that is not planned is a 400 naming items.N.itemId', async () => {
      const response = await save(supervisorOne, draft.id, {
        revision: 1,
        items: [
          { itemId: PCA, score: 1 },
          { itemId: 'somerset:ac.self-monitoring', score: 3 },
        ],
      }).expect(400);
      expect(errorsOf(response)).toEqual([
        'items.1.itemId must be one of this observation\'s planned items ("somerset:ac.self-monitoring" is not)',
      ]);
    });

    it('a score and a not-observed mark together, or the same item twice, are 400s', async () => {
      const both = await save(supervisorOne, draft.id, {
        revision: 1,
        items: [{ itemId: PCA, score: 3, notObserved: true }],
      }).expect(400);
      expect(errorsOf(both)).toEqual(['items.0.score must be null when notObserved is true']);
      const twice = await save(supervisorOne, draft.id, {
        revision: 1,
        items: [
          { itemId: PCA, score: 3 },
          { itemId: PCA, score: 4 },
        ],
      }).expect(400);
      expect(errorsOf(twice)).toEqual([`items.1.itemId names "${PCA}" more than once`]);
    });

    it('null clears a score; not observed clears it too; a score clears not observed', async () => {
      let body = (await save(supervisorOne, draft.id, { revision: 1, items: [{ itemId: PCA, score: 0 }] }).expect(200))
        .body as ObservationView;
      expect(body.items[0]).toMatchObject({ score: 0, notObserved: false });
      body = (
        await save(supervisorOne, draft.id, { revision: 2, items: [{ itemId: PCA, notObserved: true }] }).expect(200)
      ).body as ObservationView;
      expect(body.items[0]).toMatchObject({ score: null, notObserved: true });
      body = (await save(supervisorOne, draft.id, { revision: 3, items: [{ itemId: PCA, score: 5 }] }).expect(200))
        .body as ObservationView;
      expect(body.items[0]).toMatchObject({ score: 5, notObserved: false });
      body = (await save(supervisorOne, draft.id, { revision: 4, items: [{ itemId: PCA, score: null }] }).expect(200))
        .body as ObservationView;
      expect(body.items[0]).toMatchObject({ score: null, notObserved: false });
    });

    it('a missing revision, or a field that is not part of a save, is a 400', async () => {
      expect(errorsOf(await save(supervisorOne, draft.id, { strengths: 'x' }).expect(400))).toEqual([
        'revision must be a whole number of at least 1',
      ]);
      expect(errorsOf(await save(supervisorOne, draft.id, { revision: 5, status: 'signed-off' }).expect(400))).toEqual([
        'property status should not exist',
      ]);
      expect(errorsOf(await supervisorOne.get('/api/observations/not-a-uuid').expect(400))).toEqual([
        'id must be a UUID',
      ]);
      expect(errorsOf(await supervisorOne.get('/api/observations').expect(400))).toEqual(['workerId must be a UUID']);
    });
  });

  describe('items must belong to the framework version planned', () => {
    const SOMERSET_2026 = '2026.1';
    const RENAMED = 'somerset:ac.person-centred-practice';

    beforeAll(async () => {
      // A later Somerset version in which Person Centred Approach has a new id.
      const rename = (items: FrameworkItem[]): FrameworkItem[] =>
        items.map((item) => ({
          ...item,
          id: item.id === PCA ? RENAMED : item.id,
          ...(item.children && { children: rename(item.children) }),
        }));
      await ownerQuery(
        databaseUrl,
        `INSERT INTO framework_versions (key, version, title, publisher, published_on, source, status, items) VALUES ('somerset', $1, $2, $3, '2026', $4, 'published', $5)`,
        [
          SOMERSET_2026,
          SOMERSET_2021.title,
          SOMERSET_2021.publisher,
          SOMERSET_2021.source,
          JSON.stringify(rename(SOMERSET_2021.items)),
        ],
      );
      await ownerQuery(
        databaseUrl,
        `INSERT INTO framework_versions (key, version, title, publisher, published_on, source, status, items) VALUES ('somerset', '2027.1', 'Draft', 'x', '2027', 'x', 'draft', $1)`,
        [JSON.stringify(SOMERSET_2021.items)],
      );
    });

    it.each([
      [
        'an item of another framework',
        { itemIds: ['nhse-splw:1.01'] },
        'itemIds.0: "nhse-splw:1.01" is not an item of somerset 2021.1 that can be scored',
      ],
      [
        'an item of a later version only',
        { itemIds: [RENAMED] },
        `itemIds.0: "${RENAMED}" is not an item of somerset 2021.1 that can be scored`,
      ],
      [
        'an item the later version no longer has',
        { frameworkVersion: SOMERSET_2026, itemIds: [PCA, AUTONOMY] },
        `itemIds.0: "${PCA}" is not an item of somerset 2026.1 that can be scored`,
      ],
      [
        'a level, which is not scored',
        { itemIds: ['somerset:level.core'] },
        'itemIds.0: "somerset:level.core" is not an item of somerset 2021.1 that can be scored',
      ],
      ['the same item twice', { itemIds: [PCA, PCA] }, `itemIds.1: "${PCA}" is named more than once`],
      ['no items', { itemIds: [] }, 'itemIds must name at least one item to observe'],
      [
        'a draft framework version',
        { frameworkVersion: '2027.1' },
        'frameworkVersion: somerset 2027.1 is a draft; observe against a published version',
      ],
      [
        'an unknown setting',
        { setting: 'pub' },
        'setting must be one of face-to-face, home-visit, telephone, video, group, community',
      ],
      [
        'an impossible date',
        { observedOn: '2026-02-30' },
        'observedOn must be a real calendar date written YYYY-MM-DD',
      ],
    ])('%s is a 400 naming the field', async (_case, overrides, error) => {
      const response = await planFor(supervisorOne, SAM.id, overrides).expect(400);
      expect(errorsOf(response)).toEqual([error]);
    });

    it('an unknown version is a 400 naming frameworkVersion and the versions there are', async () => {
      const response = await planFor(supervisorOne, SAM.id, { frameworkVersion: '2019.1' }).expect(400);
      expect(errorsOf(response)).toEqual([
        'frameworkVersion: Framework somerset has no version "2019.1"; its versions are: 2021.1, 2026.1, 2027.1',
      ]);
    });

    it('the later version’s own items can be observed against it', async () => {
      const created = await planFor(supervisorOne, SAM.id, {
        frameworkVersion: SOMERSET_2026,
        itemIds: [RENAMED],
      }).expect(201);
      expect(created.body).toMatchObject({ frameworkVersion: SOMERSET_2026, items: [{ itemId: RENAMED }] });
    });
  });

  describe('possible patient identifiers', () => {
    let draft: ObservationView;

    beforeAll(async () => {
      draft = await draftFor(supervisorOne, SAM.id, { itemIds: [PCA, AUTONOMY] });
    });

    it('422 naming each field and kind, and nothing is saved', async () => {
      const response = await save(supervisorOne, draft.id, {
        revision: 1,
        strengths: 'Put Mrs Jones (NHS 943 476 5919) at ease',
        items: [
          { itemId: PCA, score: 3, evidenceNotes: 'Open questions' },
          { itemId: AUTONOMY, score: 3, evidenceNotes: 'Client, born 12 March 1956, chose the walking group' },
        ],
        agreedActions: 'Follow up with John Smith at BA11 1AA',
      }).expect(422);
      expect(response.body).toEqual({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: expect.stringContaining('may identify the person'),
        possibleIdentifiers: [
          { field: 'strengths', kind: 'nhs-number' },
          { field: 'agreedActions', kind: 'postcode-with-name' },
          { field: 'items.1.evidenceNotes', kind: 'date-of-birth' },
        ],
      });
      expect(JSON.stringify(response.body)).not.toContain('943');
      expect(await stored(draft.id)).toMatchObject({ revision: 1, strengths: '', agreed_actions: '' });
      const [item] = await ownerQuery<{ score: number | null }>(
        databaseUrl,
        `SELECT score FROM observation_items WHERE observation_id = $1 AND item_id = $2`,
        [draft.id, PCA],
      );
      expect(item.score).toBeNull();
    });

    it('saves once confirmed; shows them on the observation; does not ask again about the same ones', async () => {
      const confirmed = await save(supervisorOne, draft.id, {
        revision: 1,
        strengths: 'Put Mrs Jones (NHS 943 476 5919) at ease',
        confirmPossibleIdentifiers: true,
      }).expect(200);
      expect(confirmed.body).toMatchObject({
        revision: 2,
        strengths: 'Put Mrs Jones (NHS 943 476 5919) at ease',
        possibleIdentifiers: [{ field: 'strengths', kind: 'nhs-number' }],
      });
      await save(supervisorOne, draft.id, {
        revision: 2,
        strengths: 'Put Mrs Jones (NHS 943 476 5919) at ease quickly',
      }).expect(200);
      const another = await save(supervisorOne, draft.id, {
        revision: 3,
        strengths: 'Put Mrs Jones (NHS 943 476 5919, DOB 01/02/1950) at ease quickly',
      }).expect(422);
      expect(another.body.possibleIdentifiers).toEqual([{ field: 'strengths', kind: 'date-of-birth' }]);
      const [audit] = await ownerQuery<{ detail: Record<string, unknown> }>(
        databaseUrl,
        `SELECT detail FROM audit_log WHERE action = 'observation.update' AND target_id = $1 ORDER BY id LIMIT 1`,
        [draft.id],
      );
      expect(audit.detail).toEqual({ revision: 2, itemsChanged: 0, identifiersConfirmed: 1 });
    });

    it('checks an amendment’s text and reason, and the worker’s comment, the same way', async () => {
      const ready = await readyDraft();
      const signed = (await signOff(supervisorOne, ready.id, ready.revision).expect(200)).body as ObservationView;
      const amendment = await supervisorOne
        .post(`/api/observations/${signed.id}/amendments`, {
          reason: 'Wrong person: it was Mr Brown of TA1 2PX',
          idempotencyKey: randomUUID(),
          items: [{ itemId: PCA, score: 4 }],
        })
        .expect(422);
      expect(amendment.body.possibleIdentifiers).toEqual([{ field: 'reason', kind: 'postcode-with-name' }]);
      const comment = await sam
        .post(`/api/observations/${signed.id}/acknowledgement`, { comment: 'My NHS number is 943-476-5919' })
        .expect(422);
      expect(comment.body.possibleIdentifiers).toEqual([{ field: 'comment', kind: 'nhs-number' }]);
      await sam
        .post(`/api/observations/${signed.id}/acknowledgement`, {
          comment: 'My NHS number is 943-476-5919',
          confirmPossibleIdentifiers: true,
        })
        .expect(200);
    });
  });

  describe('who may do what', () => {
    let samDraft: ObservationView;
    let samSigned: ObservationView;

    beforeAll(async () => {
      samDraft = await draftFor(supervisorOne, SAM.id);
      const ready = await readyDraft();
      samSigned = (await signOff(supervisorOne, ready.id, ready.revision).expect(200)).body as ObservationView;
    });

    it('another organisation’s observation or worker is a 404, exactly like one that does not exist', async () => {
      const other = await admin.get(`/api/observations/${OTHER_OBSERVATION}`).expect(404);
      const missing = await admin.get(`/api/observations/${NO_SUCH_OBSERVATION}`).expect(404);
      expect(other.body).toEqual(missing.body);
      await save(supervisorOne, OTHER_OBSERVATION, { revision: 1, strengths: 'x' }).expect(404);
      await signOff(supervisorOne, OTHER_OBSERVATION, 1).expect(404);
      await supervisorOne
        .post(`/api/observations/${OTHER_OBSERVATION}/amendments`, { reason: 'x', idempotencyKey: randomUUID() })
        .expect(404);
      await admin.get(`/api/observations?workerId=${OTHER_WORKER}`).expect(404);
      await admin.get(`/api/observations/plan?workerId=${OTHER_WORKER}`).expect(404);
      await planFor(supervisorOne, OTHER_WORKER).expect(404);
      const [row] = await ownerQuery<{ strengths: string; revision: number }>(
        databaseUrl,
        `SELECT strengths, revision FROM observations WHERE id = $1`,
        [OTHER_OBSERVATION],
      );
      expect(row).toEqual({ strengths: '', revision: 1 });
      // Each refusal is audited, like any other: the caller cannot tell it from a missing id, the log can.
      const denials = await ownerQuery<{ action: string; actor_id: string }>(
        databaseUrl,
        `SELECT action, actor_id FROM audit_log WHERE target_id = $1 AND outcome = 'denied' ORDER BY id`,
        [OTHER_OBSERVATION],
      );
      expect(denials).toEqual([
        { action: 'GET /api/observations/:id', actor_id: ADMIN.id },
        { action: 'PUT /api/observations/:id', actor_id: SUPERVISOR_ONE.id },
        { action: 'POST /api/observations/:id/sign-off', actor_id: SUPERVISOR_ONE.id },
        { action: 'POST /api/observations/:id/amendments', actor_id: SUPERVISOR_ONE.id },
      ]);
    });

    it('a platform administrator sees no organisation’s observations', async () => {
      const platform = await factories.signedInClient(await factories.newPlatformAdmin());
      await platform.get(`/api/observations/${samSigned.id}`).expect(404);
      await platform.get(`/api/observations?workerId=${SAM.id}`).expect(404);
    });

    it('a supervisor of someone else gets 403 for everything, and the denial is audited', async () => {
      await supervisorTwo.get(`/api/observations?workerId=${SAM.id}`).expect(403);
      await supervisorTwo.get(`/api/observations/${samSigned.id}`).expect(403);
      await supervisorTwo.get(`/api/observations/plan?workerId=${SAM.id}`).expect(403);
      await planFor(supervisorTwo, SAM.id).expect(403);
      await save(supervisorTwo, samDraft.id, { revision: 1, strengths: 'x' }).expect(403);
      await signOff(supervisorTwo, samDraft.id, 1).expect(403);
      await supervisorTwo
        .post(`/api/observations/${samSigned.id}/amendments`, {
          reason: 'x',
          idempotencyKey: randomUUID(),
          items: [{ itemId: PCA, score: 5 }],
        })
        .expect(403);
      const denials = await ownerQuery<{ action: string }>(
        databaseUrl,
        `SELECT action FROM audit_log WHERE actor_id = $1 AND outcome = 'denied' ORDER BY id`,
        [SUPERVISOR_TWO.id],
      );
      expect(denials.map((d) => d.action)).toEqual([
        'GET /api/observations',
        'GET /api/observations/:id',
        'GET /api/observations/plan',
        'POST /api/observations',
        'PUT /api/observations/:id',
        'POST /api/observations/:id/sign-off',
        'POST /api/observations/:id/amendments',
      ]);
      expect(await stored(samDraft.id)).toMatchObject({ revision: 1, strengths: '' });
    });

    it('another worker gets 403; the worker cannot score, sign off, amend, or plan for someone else', async () => {
      await alex.get(`/api/observations?workerId=${SAM.id}`).expect(403);
      await alex.get(`/api/observations/${samSigned.id}`).expect(403);
      await alex.post(`/api/observations/${samSigned.id}/acknowledgement`, {}).expect(403);
      await planFor(alex, SAM.id).expect(403);
      await save(sam, samDraft.id, { revision: 1, items: [{ itemId: PCA, score: 5 }] }).expect(403);
      await signOff(sam, samDraft.id, 1).expect(403);
      await sam
        .post(`/api/observations/${samSigned.id}/amendments`, {
          reason: 'x',
          idempotencyKey: randomUUID(),
          items: [{ itemId: PCA, score: 5 }],
        })
        .expect(403);
    });

    it('an employer admin sees every observation but neither plans nor scores', async () => {
      const list = (await admin.get(`/api/observations?workerId=${SAM.id}`).expect(200)).body as ObservationView[];
      expect(list.map((o) => o.id)).toEqual(expect.arrayContaining([samDraft.id, samSigned.id]));
      await admin.get(`/api/observations/${samDraft.id}`).expect(200);
      await planFor(admin, SAM.id).expect(403);
      await save(admin, samDraft.id, { revision: 1, strengths: 'x' }).expect(403);
    });

    it('a past supervisor sees only the observations they made, and can no longer change anything', async () => {
      const assignment = await admin
        .post('/api/supervision-assignments', {
          supervisorId: SUPERVISOR_TWO.id,
          workerId: ALEX.id,
          supervisionType: 'group',
          startsOn: '2024-01-01',
        })
        .expect(201);
      const theirs = await draftFor(supervisorTwo, ALEX.id);
      const ready = await save(supervisorTwo, theirs.id, {
        revision: 1,
        items: [{ itemId: PCA, score: 3 }],
        consentConfirmed: true,
      }).expect(200);
      await signOff(supervisorTwo, theirs.id, ready.body.revision).expect(200);
      const theirDraft = await draftFor(supervisorTwo, ALEX.id);
      const notTheirs = await draftFor(supervisorOne, ALEX.id);

      await admin.patch(`/api/supervision-assignments/${assignment.body.id}`, { endsOn: daysAgoUtc(1) }).expect(200);

      const list = (await supervisorTwo.get(`/api/observations?workerId=${ALEX.id}`).expect(200))
        .body as ObservationView[];
      expect(list.map((o) => o.id).sort()).toEqual([theirs.id, theirDraft.id].sort());
      await supervisorTwo.get(`/api/observations/${theirs.id}`).expect(200);
      await supervisorTwo.get(`/api/observations/${notTheirs.id}`).expect(403);
      await save(supervisorTwo, theirDraft.id, { revision: 1, strengths: 'x' }).expect(403);
      await planFor(supervisorTwo, ALEX.id).expect(403);
    });
  });
});

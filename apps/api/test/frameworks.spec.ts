import type { INestApplication } from '@nestjs/common';
import {
  flattenItems,
  type CasePackage,
  type FrameworkItem,
  type FrameworkSummary,
  type FrameworkVersionView,
} from '@ladder/competencies';
import request from 'supertest';
import { FrameworkService } from '../src/frameworks/framework.service';
import { anonymousClient, type ApiClient } from './auth-helpers';
import type { Factories, TestPerson } from './factories';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';

/**
 * Frameworks as versioned data, through the real app on a real PostgreSQL:
 * public reads, the admin-only CASE import, and immutability enforced by both
 * the API (409) and the database (triggers, privileges).
 */
describe('frameworks (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let factories: Factories;
  let platformAdmin: TestPerson;
  let admin: ApiClient;

  const get = (path: string) => request(app.getHttpServer()).get(path);
  const view = async (key: string, version: string): Promise<FrameworkVersionView> =>
    (await get(`/api/frameworks/${key}/versions/${version}`).expect(200)).body as FrameworkVersionView;
  const casePackage = async (key: string, version: string): Promise<CasePackage> =>
    (await get(`/api/frameworks/${key}/versions/${version}/case`).expect(200)).body as CasePackage;
  const ofType = (items: FrameworkItem[], type: string) => flattenItems(items).filter((item) => item.type === type);
  /** The stored row exactly as PostgreSQL holds it, or undefined. */
  const storedRow = async (key: string, version: string) =>
    (
      await ownerQuery<{ row: string }>(
        databaseUrl,
        `SELECT row_to_json(v)::text AS row FROM framework_versions v WHERE key = $1 AND version = $2`,
        [key, version],
      )
    )[0]?.row;
  const versionCount = async () =>
    Number((await ownerQuery<{ n: string }>(databaseUrl, `SELECT count(*) AS n FROM framework_versions`))[0].n);

  beforeAll(async () => {
    ({ app, databaseUrl, factories } = await createTestApp());
    // What main.ts does at start-up; twice, to show it is idempotent.
    await app.get(FrameworkService).storeBuiltIns();
    await app.get(FrameworkService).storeBuiltIns();
    platformAdmin = await factories.newPlatformAdmin();
    admin = await factories.signedInClient(platformAdmin);
  });

  afterAll(async () => {
    await app?.close();
  });

  describe('reading (public, no session)', () => {
    it('lists the three frameworks, each with its built-in version current', async () => {
      const body = (await get('/api/frameworks').expect(200)).body as FrameworkSummary[];
      expect(body.map(({ key, currentVersion, publisher }) => ({ key, currentVersion, publisher }))).toEqual([
        { key: 'somerset', currentVersion: '2021.1', publisher: 'Somerset People Board for Health & Social Care' },
        { key: 'nhse-splw', currentVersion: '2023.1', publisher: 'NHS England' },
        { key: 'wales-sp', currentVersion: '2023.1', publisher: expect.any(String) },
      ]);
      expect(body[0].versions).toEqual([
        { version: '2021.1', status: 'published', publishedOn: '2021-03', current: true },
      ]);
    });

    it('serves the NHS England tree: 4 areas holding 30 competencies', async () => {
      const nhse = await view('nhse-splw', '2023.1');
      expect(nhse.items.filter((item) => item.type === 'area')).toHaveLength(4);
      expect(ofType(nhse.items, 'competency')).toHaveLength(30);
      expect(nhse.current).toBe(true);
    });

    it('serves the Wales tree: 7 domains holding 31 competence areas', async () => {
      const wales = await view('wales-sp', '2023.1');
      expect(wales.items.filter((item) => item.type === 'domain')).toHaveLength(7);
      expect(ofType(wales.items, 'competence-area')).toHaveLength(31);
    });

    it('serves Somerset’s 6 assessed competencies, each with a 0–5 rubric of 6 descriptors', async () => {
      const somerset = await view('somerset', '2021.1');
      const assessed = ofType(somerset.items, 'assessed-competency');
      expect(assessed).toHaveLength(6);
      for (const competency of assessed) {
        expect(competency.rubric?.map((row) => row.score)).toEqual([0, 1, 2, 3, 4, 5]);
      }
    });

    it('serves the source wording exactly', async () => {
      const somerset = await view('somerset', '2021.1');
      const personCentred = flattenItems(somerset.items).find(
        (item) => item.id === 'somerset:ac.person-centred-approach',
      );
      expect(personCentred?.rubric?.[0]).toEqual({
        score: 0,
        rating: 'Absence',
        descriptor:
          "Absence of Person-centred approach. A completely 'didactic' and / or highly inappropriate style of interaction, which could result in resistance. No attempt at building rapport or listening to individual.",
      });
      const nhse = await view('nhse-splw', '2023.1');
      expect(flattenItems(nhse.items).find((item) => item.id === 'nhse-splw:1.01')?.title).toBe(
        'Gathers information and adapts questioning style for individual needs',
      );
    });

    it('answers `current` as an alias of the current version', async () => {
      expect(await view('somerset', 'current')).toEqual(await view('somerset', '2021.1'));
      const pkg = await casePackage('wales-sp', 'current');
      expect(pkg.CFDocument.version).toBe('2023.1');
    });

    it('resolves Ladder’s crosswalk against the current versions of the other frameworks', async () => {
      const somerset = await view('somerset', '2021.1');
      expect(somerset.crosswalk.notice).toMatch(/Ladder’s own editorial mapping/);
      const entry = somerset.crosswalk.entries.find(
        (e) => e.itemId === 'somerset:ac.promoting-autonomy' && e.related.itemId === 'wales-sp:5.2a',
      );
      expect(entry?.related).toMatchObject({
        frameworkKey: 'wales-sp',
        code: '5.2a',
        title: 'Able to use strategies from motivational interviewing',
      });
      const relatedFrameworks = new Set(somerset.crosswalk.entries.map((e) => e.related.frameworkKey));
      expect(relatedFrameworks).toEqual(new Set(['nhse-splw', 'wales-sp']));
    });

    it('serves a version as a CASE 1.1 package with stable URIs and the rubrics', async () => {
      const pkg = await casePackage('somerset', '2021.1');
      expect(pkg.CFDocument).toMatchObject({
        caseVersion: '1.1',
        uri: 'https://ladder.invalid/frameworks/somerset/2021.1',
        version: '2021.1',
        adoptionStatus: 'Adopted',
      });
      const somerset = await view('somerset', '2021.1');
      expect(pkg.CFItems).toHaveLength(flattenItems(somerset.items).length);
      expect(pkg.CFRubrics).toHaveLength(6);
      expect(pkg.CFItems?.[0].uri).toBe('https://ladder.invalid/items/somerset%3Alevel.entry');
    });

    it.each([
      [
        '/api/frameworks/welsh/versions/2023.1',
        'There is no framework "welsh". The frameworks are: somerset, nhse-splw, wales-sp',
      ],
      [
        '/api/frameworks/somerset/versions/2099.1',
        'Framework somerset has no version "2099.1"; its versions are: 2021.1',
      ],
      [
        '/api/frameworks/nhse-splw/versions/latest/case',
        'Framework nhse-splw has no version "latest"; its versions are: 2023.1',
      ],
    ])('GET %s → 404 naming what is missing', async (path, message) => {
      const response = await get(path).expect(404);
      expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message });
    });

    it('documents the routes in OpenAPI, reads public and the import for admins', async () => {
      const doc = (await get('/api/docs-json').expect(200)).body as {
        paths: Record<string, Record<string, { tags?: string[]; responses: Record<string, unknown> }>>;
      };
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([
          '/api/frameworks',
          '/api/frameworks/{key}/versions/{version}',
          '/api/frameworks/{key}/versions/{version}/case',
          '/api/frameworks/import',
        ]),
      );
      expect(doc.paths['/api/frameworks'].get.tags).toEqual(['frameworks']);
      expect(Object.keys(doc.paths['/api/frameworks/import'].post.responses).sort()).toEqual([
        '201',
        '400',
        '401',
        '403',
        '409',
      ]);
    });
  });

  describe('importing a CASE package (platform administrators)', () => {
    it.each([
      ['somerset', '2021.1', '2021.2'],
      ['nhse-splw', '2023.1', '2023.2'],
      ['wales-sp', '2023.1', '2023.2'],
    ])('round-trips %s %s through CASE as %s with an identical tree', async (key, from, to) => {
      const original = await view(key, from);
      const pkg = await casePackage(key, from);

      const response = await admin.post('/api/frameworks/import', { key, version: to, package: pkg }).expect(201);
      expect(response.body).toEqual({
        key,
        version: to,
        title: original.title,
        publisher: original.publisher,
        publishedOn: original.publishedOn,
        status: 'published',
        current: false,
      });

      const imported = await view(key, to);
      expect(imported.items).toEqual(original.items);
      expect(imported).toMatchObject({ title: original.title, source: original.source, current: false });
      // Importing does not move the current version unless asked to.
      expect((await view(key, 'current')).version).toBe(from);
    });

    it('records which platform administrator imported a version (null for the built-ins)', async () => {
      const rows = await ownerQuery<{ version: string; created_by: string | null }>(
        databaseUrl,
        `SELECT version, created_by FROM framework_versions WHERE key = 'somerset' ORDER BY version`,
      );
      expect(rows).toEqual([
        { version: '2021.1', created_by: null },
        { version: '2021.2', created_by: platformAdmin.id },
      ]);
    });

    it('answers the same package sent again (a retry) as the first import was, storing and auditing nothing more', async () => {
      const pkg = await casePackage('somerset', '2021.2');
      const again = await admin
        .post('/api/frameworks/import', { key: 'somerset', version: '2021.2', package: pkg })
        .expect(201);
      expect(again.body).toMatchObject({ key: 'somerset', version: '2021.2' });
      const rows = await ownerQuery(
        databaseUrl,
        `SELECT 1 FROM framework_versions WHERE key = 'somerset' AND version = '2021.2'`,
      );
      expect(rows).toHaveLength(1);
    });

    it('writes each import to the audit log, with the platform administrator as the actor', async () => {
      const rows = await ownerQuery<{ actor_id: string; target_id: string; outcome: string }>(
        databaseUrl,
        `SELECT actor_id, target_id, outcome FROM audit_log WHERE action = 'framework.import' AND target_id = 'somerset@2021.2'`,
      );
      expect(rows).toEqual([{ actor_id: platformAdmin.id, target_id: 'somerset@2021.2', outcome: 'allowed' }]);
    });

    it('refuses to overwrite an existing version with 409, and the stored row is unchanged', async () => {
      const before = await storedRow('somerset', '2021.1');
      const pkg = await casePackage('nhse-splw', '2023.1');
      const response = await admin
        .post('/api/frameworks/import', { key: 'somerset', version: '2021.1', package: pkg, makeCurrent: true })
        .expect(409);
      expect(response.body.message).toBe(
        'Framework somerset already has a version 2021.1. Stored versions never change: import the correction as a new version.',
      );
      expect(await storedRow('somerset', '2021.1')).toBe(before);
      expect((await view('somerset', 'current')).version).toBe('2021.1');
    });

    it('refuses an invalid package with 400 listing every problem, and stores nothing', async () => {
      const pkg = await casePackage('somerset', '2021.1');
      const items = pkg.CFItems ?? [];
      const broken = {
        ...pkg,
        CFDocument: { ...pkg.CFDocument, title: '' },
        CFItems: [{ ...items[0], fullStatement: '' }, ...items.slice(1)],
      };
      const countBefore = await versionCount();

      const response = await admin
        .post('/api/frameworks/import', { key: 'somerset', version: '2021.9', package: broken })
        .expect(400);
      expect(response.body.message).toBe('The CASE package cannot be imported as somerset 2021.9: 2 problems');
      expect(response.body.errors).toEqual([
        'CFDocument.title: must be a non-empty string',
        'CFItems[0].fullStatement: must be a non-empty string',
      ]);
      expect(await versionCount()).toBe(countBefore);
      expect(await storedRow('somerset', '2021.9')).toBeUndefined();
    });

    it('refuses a package of another framework (its item ids do not belong to the key)', async () => {
      const pkg = await casePackage('nhse-splw', '2023.1');
      const response = await admin
        .post('/api/frameworks/import', { key: 'somerset', version: '2021.8', package: pkg })
        .expect(400);
      expect(response.body.errors[0]).toMatch(/^imported framework: items\[0\]\.id: must start with 'somerset:'/);
      expect(await storedRow('somerset', '2021.8')).toBeUndefined();
    });

    it.each([
      [{ key: 'welsh', version: '2023.2', package: {} }, 'key must be one of somerset, nhse-splw, wales-sp'],
      [{ key: 'somerset', version: 'current', package: {} }, 'version must look like YYYY.N, e.g. 2021.2'],
      [{ key: 'somerset', version: '2021.7', package: 'CFPackage' }, 'package must be a CASE CFPackage object'],
      [{ key: 'somerset', version: '2021.7', package: {}, makeCurrent: 'yes' }, 'makeCurrent must be a boolean value'],
      [{ key: 'somerset', version: '2021.7', package: {}, status: 'draft' }, 'property status should not exist'],
    ])('refuses a malformed body %j with 400', async (body, error) => {
      const response = await admin.post('/api/frameworks/import', body).expect(400);
      expect(response.body.errors).toContain(error);
      expect(await storedRow('somerset', '2021.7')).toBeUndefined();
    });

    it('refuses to make a draft current', async () => {
      const pkg = await casePackage('somerset', '2021.1');
      const draft = { ...pkg, CFDocument: { ...pkg.CFDocument, adoptionStatus: 'Draft' } };
      const response = await admin
        .post('/api/frameworks/import', { key: 'somerset', version: '2021.5', package: draft, makeCurrent: true })
        .expect(400);
      expect(response.body.errors).toEqual([
        "makeCurrent: the package's CFDocument.adoptionStatus is not 'Adopted', so the version is a draft",
      ]);
      expect(await storedRow('somerset', '2021.5')).toBeUndefined();
    });

    it('stores a draft that is not made current', async () => {
      const pkg = await casePackage('somerset', '2021.1');
      const draft = { ...pkg, CFDocument: { ...pkg.CFDocument, adoptionStatus: 'Draft' } };
      const response = await admin
        .post('/api/frameworks/import', { key: 'somerset', version: '2021.6', package: draft })
        .expect(201);
      expect(response.body).toMatchObject({ status: 'draft', current: false });
    });

    it('refuses anyone who is not a platform administrator with 403, and stores nothing', async () => {
      const employerAdmin = await factories.signedInClient(
        await factories.newPerson(await factories.newOrganisation(), { roles: ['employer_admin'] }),
      );
      const pkg = await casePackage('somerset', '2021.1');
      const response = await employerAdmin
        .post('/api/frameworks/import', { key: 'somerset', version: '2021.4', package: pkg })
        .expect(403);
      expect(response.body.message).toBe('Only platform administrators can do this');
      expect(await storedRow('somerset', '2021.4')).toBeUndefined();
    });

    it('refuses a request without a session with 401, and stores nothing', async () => {
      const anonymous = await anonymousClient(app);
      const pkg = await casePackage('somerset', '2021.1');
      await anonymous.post('/api/frameworks/import', { key: 'somerset', version: '2021.4', package: pkg }).expect(401);
      expect(await storedRow('somerset', '2021.4')).toBeUndefined();
    });

    it('moves the current version when asked, and the crosswalk follows it', async () => {
      const pkg = await casePackage('nhse-splw', '2023.1');
      const response = await admin
        .post('/api/frameworks/import', { key: 'nhse-splw', version: '2024.1', package: pkg, makeCurrent: true })
        .expect(201);
      expect(response.body).toMatchObject({ version: '2024.1', current: true });

      const list = (await get('/api/frameworks').expect(200)).body as FrameworkSummary[];
      const nhse = list.find((framework) => framework.key === 'nhse-splw');
      expect(nhse?.currentVersion).toBe('2024.1');
      expect(nhse?.versions.map(({ version, current }) => [version, current])).toEqual([
        ['2023.1', false],
        ['2023.2', false],
        ['2024.1', true],
      ]);
      expect((await view('nhse-splw', 'current')).version).toBe('2024.1');
      expect((await view('nhse-splw', '2023.1')).current).toBe(false);
      // Start-up storing the built-ins again does not move the pointer back.
      await app.get(FrameworkService).storeBuiltIns();
      expect((await view('nhse-splw', 'current')).version).toBe('2024.1');
      // Somerset's crosswalk entries now resolve against NHSE 2024.1 (same ids, so the same entries).
      const somerset = await view('somerset', 'current');
      expect(somerset.crosswalk.entries.some((e) => e.related.frameworkKey === 'nhse-splw')).toBe(true);
    });
  });

  describe('immutability in the database itself', () => {
    const published = `key = 'somerset' AND version = '2021.1'`;

    it.each([
      ['UPDATE', `UPDATE framework_versions SET title = 'Edited' WHERE ${published}`],
      ['UPDATE of the tree', `UPDATE framework_versions SET items = '[]' WHERE ${published}`],
      ['un-publishing', `UPDATE framework_versions SET status = 'draft' WHERE ${published}`],
      ['DELETE', `DELETE FROM framework_versions WHERE ${published}`],
    ])('refuses %s of a published version, even by the table owner', async (_name, sql) => {
      const before = await storedRow('somerset', '2021.1');
      await expect(ownerQuery(databaseUrl, sql)).rejects.toThrow(
        'framework version somerset 2021.1 is published and cannot be changed or deleted; publish a correction as a new version',
      );
      expect(await storedRow('somerset', '2021.1')).toBe(before);
    });

    it('refuses TRUNCATE of the versions', async () => {
      await expect(ownerQuery(databaseUrl, `TRUNCATE framework_versions CASCADE`)).rejects.toThrow(
        'framework_versions holds immutable reference data and cannot be truncated',
      );
      expect(await versionCount()).toBeGreaterThan(3);
    });

    it('lets a draft be changed until it is published, then never again', async () => {
      const draft = `key = 'somerset' AND version = '2021.6'`;
      await ownerQuery(databaseUrl, `UPDATE framework_versions SET title = 'Corrected draft' WHERE ${draft}`);
      await ownerQuery(databaseUrl, `UPDATE framework_versions SET status = 'published' WHERE ${draft}`);
      await expect(
        ownerQuery(databaseUrl, `UPDATE framework_versions SET title = 'Too late' WHERE ${draft}`),
      ).rejects.toThrow('framework version somerset 2021.6 is published');
    });

    it('gives the API’s own database role no UPDATE or DELETE on versions at all', async () => {
      const asApp = `SET ROLE ladder_app; UPDATE framework_versions SET title = 'Edited' WHERE ${published}`;
      await expect(ownerQuery(databaseUrl, asApp)).rejects.toThrow('permission denied for table framework_versions');
      const deleteAsApp = `SET ROLE ladder_app; DELETE FROM framework_versions WHERE ${published}`;
      await expect(ownerQuery(databaseUrl, deleteAsApp)).rejects.toThrow(
        'permission denied for table framework_versions',
      );
    });

    it('refuses a current-version pointer to a draft or to a missing version', async () => {
      await ownerQuery(
        databaseUrl,
        `INSERT INTO framework_versions (key, version, title, publisher, published_on, source, status, items)
         SELECT key, '2021.3', title, publisher, published_on, source, 'draft', items FROM framework_versions WHERE ${published}`,
      );
      await expect(
        ownerQuery(databaseUrl, `UPDATE frameworks SET current_version = '2021.3' WHERE key = 'somerset'`),
      ).rejects.toThrow('framework version somerset 2021.3 is not published, so it cannot be the current version');
      await expect(
        ownerQuery(databaseUrl, `UPDATE frameworks SET current_version = '2030.1' WHERE key = 'somerset'`),
      ).rejects.toThrow('is not published');
      expect((await view('somerset', 'current')).version).toBe('2021.1');
    });
  });
});

import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupDatabase, restoreDatabase } from '../src/database/backup';
import { createTestApp } from './test-app';
import { createEmptyTestDatabase, ownerQuery } from './test-database';
import { planObservationBody } from './fixtures';

/**
 * A backup restored into an empty database gives back every table exactly: the same rows, compared
 * by count and checksum, and the database still defends itself afterwards (issue 11).
 */
describe('backup and restore (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'ladder-backup-'));
    const testApp = await createTestApp();
    ({ app, databaseUrl } = testApp);
    const { factories } = testApp;
    const organisation = await factories.newOrganisation();
    const worker = await factories.newPerson(organisation, { roles: ['link_worker'] });
    const supervisorPerson = await factories.newPerson(organisation, { roles: ['supervisor'] });
    await factories.newSupervisionAssignment({ supervisor: supervisorPerson, worker });
    const supervisor = await factories.signedInClient(supervisorPerson);
    const planned = await supervisor.post('/api/observations', planObservationBody(worker.id)).expect(201);
    const scored = await supervisor
      .put(`/api/observations/${planned.body.id}`, {
        revision: planned.body.revision,
        consentConfirmed: true,
        strengths: 'Warm, clear summaries — “what matters to you”.',
        items: [{ itemId: 'somerset:ac.person-centred-approach', score: 3, evidenceNotes: 'Agreed goals' }],
      })
      .expect(200);
    await supervisor
      .post(`/api/observations/${planned.body.id}/sign-off`, {
        revision: scored.body.revision,
        idempotencyKey: '5f0f8a4e-8f5e-4f1e-9c55-3a1f2b7c9d10',
      })
      .expect(200);
  });

  afterAll(async () => {
    await app?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const fingerprint = async (url: string) => {
    const tables = await ownerQuery<{ name: string }>(
      url,
      `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1`,
    );
    const result: Record<string, { rows: number; checksum: string }> = {};
    for (const { name } of tables) {
      const [row] = await ownerQuery<{ rows: number; checksum: string }>(
        url,
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS checksum FROM "${name}" t`,
      );
      result[name] = row;
    }
    return result;
  };

  it('restores every table of a seeded database with the same rows, and the triggers hold again', async () => {
    const file = join(folder, 'ladder.backup');
    const written = await backupDatabase(databaseUrl, file);
    expect(written.observations).toBeGreaterThan(0);
    expect(written.framework_versions).toBeGreaterThan(0);

    const restoredUrl = await createEmptyTestDatabase();
    await restoreDatabase(restoredUrl, file);
    const [source, restored] = [await fingerprint(databaseUrl), await fingerprint(restoredUrl)];
    expect(Object.keys(restored).sort()).toEqual(Object.keys(source).sort());
    expect(restored).toEqual(source);

    await expect(
      ownerQuery(restoredUrl, `UPDATE observations SET strengths = 'rewritten' WHERE status = 'signed-off'`),
    ).rejects.toThrow(/is signed off and cannot be changed/);
  });

  it('refuses to restore into a database that already has tables, changing nothing', async () => {
    const file = join(folder, 'again.backup');
    await backupDatabase(databaseUrl, file);
    const before = await fingerprint(databaseUrl);
    await expect(restoreDatabase(databaseUrl, file)).rejects.toThrow(/must be empty/);
    expect(await fingerprint(databaseUrl)).toEqual(before);
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pendingSchemaChanges } from '../src/database/migrate';
import { createTestDatabase } from './test-database';

/**
 * Entities and migrations must agree: against a freshly migrated database,
 * TypeORM must find nothing to generate. If it does, the would-be migration is
 * written to tmp/schema-drift/ so the author can see what is missing.
 */
describe('schema drift', () => {
  it('finds no difference between the entities and the migrated schema', async () => {
    const changes = await pendingSchemaChanges(await createTestDatabase());
    if (changes.length > 0) {
      const folder = join(__dirname, '..', '..', '..', 'tmp', 'schema-drift');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'pending-migration.sql'), `${changes.join(';\n')};\n`);
    }
    expect(changes).toEqual([]);
  });
});

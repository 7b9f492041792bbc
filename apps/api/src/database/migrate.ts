import { DataSource } from 'typeorm';
import { databaseOptions } from './database-options';

/** Applies pending migrations; returns their names. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(databaseOptions(url));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** SQL TypeORM would need to bring the schema in line with the entities; empty when they agree. */
export async function pendingSchemaChanges(url: string): Promise<string[]> {
  const dataSource = new DataSource(databaseOptions(url));
  await dataSource.initialize();
  try {
    const sqlInMemory = await dataSource.driver.createSchemaBuilder().log();
    return sqlInMemory.upQueries.map((query) => query.query);
  } finally {
    await dataSource.destroy();
  }
}

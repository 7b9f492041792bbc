import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@ladder/migrations';
import { PayScaleEntity } from '../pay-scales/pay-scale.entity';
import { OrganisationEntity } from '../people/organisation.entity';
import { PersonEntity } from '../people/person.entity';

/** Every entity the API maps. The schema-drift check compares these with the migrations. */
export const ENTITIES = [OrganisationEntity, PersonEntity, PayScaleEntity];

export function databaseOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // The schema changes only through migrations in migrations/.
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}

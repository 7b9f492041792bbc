import { InitialSchema1763700000000 } from './1763700000000-initial-schema';

/** Every migration, in order. The schema changes only through these. */
export const MIGRATIONS = [InitialSchema1763700000000];

import { InitialSchema1763700000000 } from './1763700000000-initial-schema';
import { AccountsTenancyAudit1763700001000 } from './1763700001000-accounts-tenancy-audit';
import { FrameworkVersions1763700002000 } from './1763700002000-framework-versions';

/** Every migration, in order. The schema changes only through these. */
export const MIGRATIONS = [
  InitialSchema1763700000000,
  AccountsTenancyAudit1763700001000,
  FrameworkVersions1763700002000,
];

import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@ladder/migrations';
import { FrameworkVersionEntity } from '../frameworks/framework-version.entity';
import { FrameworkEntity } from '../frameworks/framework.entity';
import { PayScaleEntity } from '../pay-scales/pay-scale.entity';
import { OrganisationEntity } from '../people/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { SupervisionAssignmentEntity } from '../people/supervision-assignment.entity';
import { SessionEntity } from '../sessions/session.entity';
import { TotpCredentialEntity } from '../auth/totp-credential.entity';
import { RecoveryCodeEntity } from '../auth/recovery-code.entity';
import { AuthThrottleEntity } from '../auth/throttle.entity';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { InvitationEntity } from '../invitations/invitation.entity';
import { MailOutboxEntity } from '../mail/mail-outbox.entity';
import { PasswordResetTokenEntity } from '../password-reset/password-reset-token.entity';
import { OrganisationProgressionPolicyEntity } from '../policies/organisation-progression-policy.entity';
import { ProgressionPolicyEntity } from '../policies/progression-policy.entity';
import { ObservationAcknowledgementEntity } from '../observations/observation-acknowledgement.entity';
import { ObservationItemEntity } from '../observations/observation-item.entity';
import { ObservationEntity } from '../observations/observation.entity';

/** Every entity the API maps. The schema-drift check compares these with the migrations. */
export const ENTITIES = [
  OrganisationEntity,
  PersonEntity,
  SupervisionAssignmentEntity,
  SessionEntity,
  TotpCredentialEntity,
  RecoveryCodeEntity,
  AuthThrottleEntity,
  AuditLogEntity,
  PayScaleEntity,
  FrameworkVersionEntity,
  FrameworkEntity,
  InvitationEntity,
  PasswordResetTokenEntity,
  MailOutboxEntity,
  ProgressionPolicyEntity,
  OrganisationProgressionPolicyEntity,
  ObservationEntity,
  ObservationItemEntity,
  ObservationAcknowledgementEntity,
];

/** The role the API queries as: no superuser, no BYPASSRLS, so row-level security always applies. */
export const APP_DATABASE_ROLE = 'ladder_app';

/**
 * `as: 'app'` (the running API, `url` being the `ladder_api` login of api-login.ts) starts every
 * pooled connection as the `ladder_app` role; `as: 'owner'` (migrations, schema checks) is the
 * DATABASE_URL user, which owns the schema.
 */
export function databaseOptions(url: string, as: 'app' | 'owner' = 'owner'): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // The schema changes only through migrations in migrations/.
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    logging: false,
    extra: {
      max: 10,
      connectionTimeoutMillis: 5000,
      ...(as === 'app' && { options: `-c role=${APP_DATABASE_ROLE}` }),
    },
  };
}

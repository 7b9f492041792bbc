import { InitialSchema1763700000000 } from './1763700000000-initial-schema';
import { AccountsTenancyAudit1763700001000 } from './1763700001000-accounts-tenancy-audit';
import { FrameworkVersions1763700002000 } from './1763700002000-framework-versions';
import { SecondFactorThrottling1763700003000 } from './1763700003000-second-factor-throttling';
import { InvitationsPasswordResetMail1763700004000 } from './1763700004000-invitations-password-reset-mail';
import { ProgressionPolicies1763700005000 } from './1763700005000-progression-policies';
import { Observations1763700006000 } from './1763700006000-observations';
import { SupervisionAssignmentsNoOverlap1763700007000 } from './1763700007000-supervision-assignments-no-overlap';
import { SessionsRowLevelSecurity1763700008000 } from './1763700008000-sessions-row-level-security';
import { PolicyHeldElsewhere1763700009000 } from './1763700009000-policy-held-elsewhere';
import { ObservationCreateKey1763700010000 } from './1763700010000-observation-create-key';
import { UsedLinkRetries1763700011000 } from './1763700011000-used-link-retries';
import { SessionPerson1763700012000 } from './1763700012000-session-person';

/** Every migration, in order. The schema changes only through these. */
export const MIGRATIONS = [
  InitialSchema1763700000000,
  AccountsTenancyAudit1763700001000,
  FrameworkVersions1763700002000,
  SecondFactorThrottling1763700003000,
  InvitationsPasswordResetMail1763700004000,
  ProgressionPolicies1763700005000,
  Observations1763700006000,
  SupervisionAssignmentsNoOverlap1763700007000,
  SessionsRowLevelSecurity1763700008000,
  PolicyHeldElsewhere1763700009000,
  ObservationCreateKey1763700010000,
  UsedLinkRetries1763700011000,
  SessionPerson1763700012000,
];

import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../access/session-user';
import type { AuditDetail } from './audit-log.entity';
import { AuditRepository } from './audit.repository';

export interface AuditTarget {
  type: string;
  id?: string | null;
}

/** Who did what to which record, when, and whether it was allowed. Never personal free text. */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  /** A create/update/sign-off/export of a personal record, in the same transaction as the change. */
  recordAllowed(actor: SessionUser, action: string, target: AuditTarget, detail: AuditDetail = {}) {
    return this.repository.append({
      organisationId: actor.organisationId,
      actorId: actor.personId,
      action,
      targetType: target.type,
      targetId: target.id ?? null,
      outcome: 'allowed',
      detail,
    });
  }

  /** A denied access; written on its own so the request's rollback cannot erase it. */
  recordDenied(actor: SessionUser | null, action: string, target: AuditTarget, detail: AuditDetail = {}) {
    return this.repository.appendIndependently({
      organisationId: actor?.organisationId ?? null,
      actorId: actor?.personId ?? null,
      action,
      targetType: target.type,
      targetId: target.id ?? null,
      outcome: 'denied',
      detail,
    });
  }
}

import { Injectable } from '@nestjs/common';
import { IsNull, Raw } from 'typeorm';
import { TenantContext } from '../database/tenant-context';
import { InvitationEntity } from './invitation.entity';

export type NewInvitation = Pick<
  InvitationEntity,
  | 'organisationId'
  | 'email'
  | 'fullName'
  | 'jobTitle'
  | 'roles'
  | 'supervisionTypes'
  | 'tokenHash'
  | 'expiresAt'
  | 'invitedBy'
>;

/** A pending, unexpired invitation found by its token, before any organisation is known. */
export interface UsableInvitation {
  id: string;
  organisationId: string;
  organisationName: string;
  email: string;
  fullName: string;
  expiresAt: Date;
}

interface UsableInvitationRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  email: string;
  full_name: string;
  expires_at: Date;
}

/** Advisory-lock namespace for "an invitation is being created for this email". */
const EMAIL_LOCK_NAMESPACE = 7301;

/** The only code that touches invitations. */
@Injectable()
export class InvitationRepository {
  constructor(private readonly tenant: TenantContext) {}

  private get invitations() {
    return this.tenant.manager().getRepository(InvitationEntity);
  }

  /**
   * Serialises invitation of one email address until the transaction ends, so
   * two admins inviting the same address at once cannot both pass the
   * "already in use" check.
   */
  async lockEmail(email: string): Promise<void> {
    await this.tenant.manager().query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [EMAIL_LOCK_NAMESPACE, email]);
  }

  /** Whether the email has an account, or a pending invitation, in any organisation (a SECURITY DEFINER function). */
  async emailInUse(email: string): Promise<boolean> {
    const rows: { in_use: boolean }[] = await this.tenant
      .manager()
      .query(`SELECT ladder_email_in_use($1) AS in_use`, [email]);
    return rows[0]?.in_use === true;
  }

  insert(invitation: NewInvitation): Promise<InvitationEntity> {
    return this.invitations.save(this.invitations.create({ ...invitation, acceptedAt: null, personId: null }));
  }

  /** The organisation's pending, unexpired invitation to this email, if any. */
  findPending(organisationId: string, email: string): Promise<InvitationEntity | null> {
    return this.invitations.findOne({
      where: {
        organisationId,
        email,
        acceptedAt: IsNull(),
        expiresAt: Raw((column) => `${column} > now()`),
      },
    });
  }

  /** Pending invitations of an organisation, newest first. */
  listPending(organisationId: string): Promise<InvitationEntity[]> {
    return this.invitations.find({
      where: { organisationId, acceptedAt: IsNull(), expiresAt: Raw((column) => `${column} > now()`) },
      order: { createdAt: 'DESC' },
    });
  }

  /** An invitation accepted in the last hour by this token, with the password it set (a repeat of that acceptance). */
  async findRecentlyAcceptedByTokenHash(tokenHash: string): Promise<{ email: string; passwordHash: string } | null> {
    const rows: { email: string; password_hash: string }[] = await this.tenant
      .manager()
      .query(`SELECT * FROM ladder_recently_accepted_invitation($1)`, [tokenHash]);
    return rows[0] ? { email: rows[0].email, passwordHash: rows[0].password_hash } : null;
  }

  /** Through `ladder_invitation_by_token_hash`: only a pending, unexpired invitation is returned. */
  async findUsableByTokenHash(tokenHash: string): Promise<UsableInvitation | null> {
    const rows: UsableInvitationRow[] = await this.tenant
      .manager()
      .query(`SELECT * FROM ladder_invitation_by_token_hash($1)`, [tokenHash]);
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      email: row.email,
      fullName: row.full_name,
      expiresAt: row.expires_at,
    };
  }

  /**
   * Marks the invitation accepted if it still is pending and unexpired, and
   * returns it; null otherwise. The UPDATE takes the row lock, so of two
   * concurrent accepts the second waits, then finds it accepted.
   */
  async claim(organisationId: string, id: string): Promise<InvitationEntity | null> {
    const result = await this.invitations.update(
      { organisationId, id, acceptedAt: IsNull(), expiresAt: Raw((column) => `${column} > now()`) },
      { acceptedAt: () => 'now()' },
    );
    if (result.affected !== 1) return null;
    return this.invitations.findOneBy({ organisationId, id });
  }

  async setPerson(organisationId: string, id: string, personId: string): Promise<void> {
    await this.invitations.update({ organisationId, id }, { personId });
  }
}

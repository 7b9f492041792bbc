import { Injectable } from '@nestjs/common';
import { IsNull, Raw } from 'typeorm';
import { TenantContext } from '../database/tenant-context';
import { PasswordResetTokenEntity } from './password-reset-token.entity';

/** A usable reset link found by its token, before any organisation is known. */
export interface UsableResetToken {
  id: string;
  personId: string;
  organisationId: string | null;
  isPlatformAdmin: boolean;
  email: string;
}

interface UsableResetTokenRow {
  id: string;
  person_id: string;
  organisation_id: string | null;
  is_platform_admin: boolean;
  email: string;
}

/** The only code that touches password-reset tokens. */
@Injectable()
export class PasswordResetRepository {
  constructor(private readonly tenant: TenantContext) {}

  private get tokens() {
    return this.tenant.manager().getRepository(PasswordResetTokenEntity);
  }

  async insert(token: Pick<PasswordResetTokenEntity, 'personId' | 'organisationId' | 'tokenHash' | 'expiresAt'>) {
    await this.tokens.insert({ ...token, usedAt: null });
  }

  /** Through `ladder_password_reset_by_token_hash`: only an unused, unexpired token of an active person. */
  async findUsableByTokenHash(tokenHash: string): Promise<UsableResetToken | null> {
    const rows: UsableResetTokenRow[] = await this.tenant
      .manager()
      .query(`SELECT * FROM ladder_password_reset_by_token_hash($1)`, [tokenHash]);
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      personId: row.person_id,
      organisationId: row.organisation_id,
      isPlatformAdmin: row.is_platform_admin,
      email: row.email,
    };
  }

  /** Uses the token if it is still unused and unexpired; the row lock makes this single-use under concurrency. */
  /** The password set in the last hour through the reset link with this hash (to recognise a repeat of it). */
  async findRecentlyUsedPasswordHash(tokenHash: string): Promise<string | null> {
    const rows: { password_hash: string }[] = await this.tenant
      .manager()
      .query(`SELECT * FROM ladder_recently_used_password_reset($1)`, [tokenHash]);
    return rows[0]?.password_hash ?? null;
  }

  async claim(id: string): Promise<boolean> {
    const result = await this.tokens.update(
      { id, usedAt: IsNull(), expiresAt: Raw((column) => `${column} > now()`) },
      { usedAt: () => 'now()' },
    );
    return result.affected === 1;
  }

  /** After a reset, every other outstanding link of the person stops working too. */
  async useAllFor(personId: string): Promise<void> {
    await this.tokens.update({ personId, usedAt: IsNull() }, { usedAt: () => 'now()' });
  }
}

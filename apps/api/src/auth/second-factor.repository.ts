import { Injectable } from '@nestjs/common';
import { IsNull, Not } from 'typeorm';
import { TenantContext } from '../database/tenant-context';
import { RecoveryCodeEntity } from './recovery-code.entity';
import { TotpCredentialEntity } from './totp-credential.entity';

/**
 * The only code that reads or writes authenticator secrets and recovery codes.
 * Everything runs in the caller's tenant transaction, where row-level security
 * shows a person's rows only to their own organisation.
 */
@Injectable()
export class SecondFactorRepository {
  constructor(private readonly tenant: TenantContext) {}

  private get credentials() {
    return this.tenant.manager().getRepository(TotpCredentialEntity);
  }

  private get recoveryCodes() {
    return this.tenant.manager().getRepository(RecoveryCodeEntity);
  }

  findCredential(personId: string): Promise<TotpCredentialEntity | null> {
    return this.credentials.findOneBy({ personId });
  }

  async isEnabled(personId: string): Promise<boolean> {
    return this.credentials.exists({ where: { personId, enabledAt: Not(IsNull()) } });
  }

  /** Keeps a new, unconfirmed secret beside any secret already in use. */
  async savePending(personId: string, pendingSecretCiphertext: string): Promise<void> {
    await this.credentials
      .createQueryBuilder()
      .insert()
      .values({ personId, pendingSecretCiphertext })
      .orUpdate(['pending_secret_ciphertext', 'updated_at'], ['person_id'])
      .execute();
  }

  /**
   * Makes the pending secret the one in use, if it is still the one the code
   * was checked against (a set-up started meanwhile in another tab wins).
   */
  async activatePending(personId: string, pendingSecretCiphertext: string, usedStep: number): Promise<boolean> {
    const result = await this.credentials
      .createQueryBuilder()
      .update()
      .set({
        secretCiphertext: pendingSecretCiphertext,
        pendingSecretCiphertext: null,
        enabledAt: () => 'now()',
        lastUsedStep: usedStep,
      })
      .where('person_id = :personId AND pending_secret_ciphertext = :pendingSecretCiphertext', {
        personId,
        pendingSecretCiphertext,
      })
      .execute();
    return result.affected === 1;
  }

  /**
   * Records that a code of this time step was used, only if no code of this or
   * a later step was used before: one atomic update, so two requests racing
   * with the same code cannot both win.
   */
  async useStep(personId: string, step: number): Promise<boolean> {
    const result = await this.credentials
      .createQueryBuilder()
      .update()
      .set({ lastUsedStep: step })
      .where('person_id = :personId AND enabled_at IS NOT NULL', { personId })
      .andWhere('(last_used_step IS NULL OR last_used_step < :step)', { step })
      .execute();
    return result.affected === 1;
  }

  async replaceRecoveryCodes(personId: string, codeHashes: string[]): Promise<void> {
    await this.recoveryCodes.delete({ personId });
    await this.recoveryCodes.insert(codeHashes.map((codeHash) => ({ personId, codeHash })));
  }

  /** Spends a recovery code: true only the first time, even under concurrent use. */
  async useRecoveryCode(personId: string, codeHash: string): Promise<boolean> {
    const result = await this.recoveryCodes.update({ personId, codeHash, usedAt: IsNull() }, { usedAt: () => 'now()' });
    return result.affected === 1;
  }

  async remove(personId: string): Promise<void> {
    await this.recoveryCodes.delete({ personId });
    await this.credentials.delete({ personId });
  }
}

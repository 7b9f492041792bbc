import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../config/runtime-settings';
import { TenantContext } from '../database/tenant-context';
import { PeopleRepository } from '../people/people.repository';
import type { OrganisationRole } from '../access/organisation-role';
import { AUTH_KEYS, type AuthKeys } from './auth-keys';
import { generateRecoveryCodes, hashRecoveryCode, normaliseRecoveryCode } from './recovery-codes';
import { roleNeedsSecondFactor } from './second-factor-policy';
import { SecondFactorRepository } from './second-factor.repository';
import { SecretBox } from './secret-box';
import type { SessionUser } from '../access/session-user';
import { SessionRepository, type AuthPerson } from '../sessions/session.repository';
import { SECOND_FACTOR_CODES, SECOND_FACTOR_SETUP, ThrottleService } from './throttle.service';
import { base32Encode, otpauthUrl, TOTP_SECRET_BYTES, verifyTotp } from './totp';
import type { TotpCredentialEntity } from './totp-credential.entity';

export interface TotpSetupView {
  /** Base32, for typing into an authenticator app. */
  secret: string;
  /** The same secret as an `otpauth://` URI, for a QR code. */
  otpauthUrl: string;
}

export interface RecoveryCodesView {
  /** Shown this once; only their hashes are kept. */
  recoveryCodes: string[];
}

const WRONG_NEW_CODE = 'code is not the one your authenticator app shows now for Ladder';
const WRONG_CODE = 'code is not right, or was already used: enter the current code, or an unused recovery code';

/**
 * Two-step verification with an authenticator app (RFC 6238 TOTP) and
 * single-use recovery codes: set-up, confirmation, turning off, and checking a
 * code at sign-in. The rules: a code's time step is accepted once only; a
 * recovery code once only; employer and platform admins cannot turn it off,
 * except in demo mode.
 */
@Injectable()
export class SecondFactorService {
  private readonly box: SecretBox;

  constructor(
    private readonly secondFactors: SecondFactorRepository,
    private readonly people: PeopleRepository,
    private readonly sessions: SessionRepository,
    private readonly throttle: ThrottleService,
    private readonly audit: AuditService,
    private readonly tenant: TenantContext,
    @Inject(AUTH_KEYS) keys: AuthKeys,
    @Inject(RUNTIME_SETTINGS) private readonly settings: RuntimeSettings,
  ) {
    this.box = new SecretBox(keys.totpSecrets);
  }

  /** Must this person use a second factor here? Never in demo mode, where the banner says data is not real. */
  isRequiredFor(person: { roles: readonly string[]; isPlatformAdmin: boolean }): boolean {
    return !this.settings.demoMode && roleNeedsSecondFactor(person);
  }

  isEnabled(personId: string): Promise<boolean> {
    return this.secondFactors.isEnabled(personId);
  }

  /** A new secret, pending until confirmed; a secret already in use keeps working meanwhile (moving to a new phone). */
  async setup(user: SessionUser): Promise<TotpSetupView> {
    await this.throttle.reserve(SECOND_FACTOR_SETUP, user.personId);
    const person = await this.people.findInOrganisation(user.organisationId, user.personId);
    if (!person) throw new NotFoundError('Your account could not be found');
    const secret = randomBytes(TOTP_SECRET_BYTES);
    await this.secondFactors.savePending(user.personId, this.box.seal(secret, sealContext(user.personId)));
    const encoded = base32Encode(secret);
    return { secret: encoded, otpauthUrl: otpauthUrl(encoded, person.email) };
  }

  /**
   * Confirms the pending secret with a code from it, turns two-step verification
   * on, and issues ten fresh recovery codes (any old ones stop working). Other
   * sessions end: they were signed in with the password alone.
   */
  async enable(user: SessionUser, code: string, currentSessionId: string): Promise<RecoveryCodesView> {
    const pending = (await this.secondFactors.findCredential(user.personId))?.pendingSecretCiphertext;
    if (!pending) {
      throw new ConflictError('Set-up has not started: ask for a new secret first (POST /api/auth/totp/setup)');
    }
    const attempt = await this.throttle.reserve(SECOND_FACTOR_CODES, user.personId);
    const step = verifyTotp(this.openSecret(pending, user.personId), code, Date.now(), null);
    if (step === null) throw new InvalidInputError(WRONG_NEW_CODE, [WRONG_NEW_CODE]);
    await this.throttle.clear(attempt);
    if (!(await this.secondFactors.activatePending(user.personId, pending, step))) {
      throw new ConflictError('A newer set-up was started meanwhile: confirm that one instead');
    }
    const recoveryCodes = generateRecoveryCodes();
    await this.secondFactors.replaceRecoveryCodes(
      user.personId,
      recoveryCodes.map((recoveryCode) => hashRecoveryCode(user.personId, normaliseRecoveryCode(recoveryCode)!)),
    );
    await this.sessions.deleteForPersonExcept(user.personId, currentSessionId);
    await this.audit.recordAllowed(user, 'auth.totp.enable', { type: 'person', id: user.personId });
    return { recoveryCodes };
  }

  /** Turns two-step verification off, given a current code or an unused recovery code. */
  async disable(user: SessionUser, code: string, currentSessionId: string): Promise<void> {
    if (this.isRequiredFor(user)) {
      throw new ForbiddenError(
        'Your role needs two-step verification, so it cannot be turned off. To move it to a new phone, set it up again.',
        { type: 'person', id: user.personId },
      );
    }
    const credential = await this.secondFactors.findCredential(user.personId);
    if (!credential?.secretCiphertext) throw new ConflictError('Two-step verification is not on');
    const attempt = await this.throttle.reserve(SECOND_FACTOR_CODES, user.personId);
    if (!(await this.spendCode(user.personId, credential, code))) throw new InvalidInputError(WRONG_CODE, [WRONG_CODE]);
    await this.throttle.clear(attempt);
    await this.secondFactors.remove(user.personId);
    await this.sessions.deleteForPersonExcept(user.personId, currentSessionId);
    await this.audit.recordAllowed(user, 'auth.totp.disable', { type: 'person', id: user.personId });
  }

  /**
   * At sign-in, after the password matched: spends the code (authenticator or
   * recovery) if it is right. Runs in the person's own organisation, so
   * row-level security applies as for any other read of their data.
   */
  verifyAtSignIn(person: AuthPerson, code: string): Promise<boolean> {
    const actor: SessionUser = {
      personId: person.id,
      organisationId: person.organisationId,
      roles: person.roles as OrganisationRole[],
      isPlatformAdmin: person.isPlatformAdmin,
    };
    return this.tenant.run(
      { organisationId: person.organisationId, platformAdmin: person.isPlatformAdmin },
      async () => {
        const credential = await this.secondFactors.findCredential(person.id);
        if (!credential?.secretCiphertext) return false;
        const spent = await this.spendCode(person.id, credential, code);
        if (spent === 'recovery') {
          await this.audit.recordAllowed(actor, 'auth.recovery-code.use', { type: 'person', id: person.id });
        }
        return spent !== null;
      },
    );
  }

  /** Six digits are an authenticator code (accepted once per time step); anything else is tried as a recovery code. */
  private async spendCode(
    personId: string,
    credential: TotpCredentialEntity,
    code: string,
  ): Promise<'totp' | 'recovery' | null> {
    if (/^\d{6}$/.test(code)) {
      const secret = this.openSecret(credential.secretCiphertext!, personId);
      const step = verifyTotp(secret, code, Date.now(), credential.lastUsedStep);
      return step !== null && (await this.secondFactors.useStep(personId, step)) ? 'totp' : null;
    }
    const normalised = normaliseRecoveryCode(code);
    if (!normalised) return null;
    return (await this.secondFactors.useRecoveryCode(personId, hashRecoveryCode(personId, normalised)))
      ? 'recovery'
      : null;
  }

  private openSecret(sealed: string, personId: string): Buffer {
    try {
      return this.box.open(sealed, sealContext(personId));
    } catch {
      // Says what went wrong for the operator; the secret and the key are never logged.
      throw new Error('An authenticator secret could not be decrypted: has SECRETS_KEY changed since it was stored?');
    }
  }
}

/** Binds each sealed secret to its owner, so it cannot be copied onto another person's row. */
export const sealContext = (personId: string): string => `totp:${personId}`;

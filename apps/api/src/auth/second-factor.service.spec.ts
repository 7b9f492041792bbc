import { randomBytes } from 'node:crypto';
import { strictMock } from '../../test/support/strict-mock';
import type { AuditService } from '../audit/audit.service';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import type { TenantContext, TenantScope } from '../database/tenant-context';
import type { PeopleRepository } from '../people/people.repository';
import type { PersonEntity } from '../people/person.entity';
import type { AuthKeys } from './auth-keys';
import { hashRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes';
import type { SecondFactorRepository } from './second-factor.repository';
import { sealContext, SecondFactorService } from './second-factor.service';
import { SecretBox } from './secret-box';
import type { SessionUser } from '../access/session-user';
import type { AuthPerson, SessionRepository } from '../sessions/session.repository';
import { SECOND_FACTOR_CODES, SECOND_FACTOR_SETUP, type ThrottleService } from './throttle.service';
import { base32Decode, totpCode, totpStep } from './totp';
import type { TotpCredentialEntity } from './totp-credential.entity';

const KEYS: AuthKeys = { totpSecrets: randomBytes(32), throttleKeys: randomBytes(32) };
const WORKER: SessionUser = {
  personId: 'sam',
  organisationId: 'org-1',
  roles: ['link_worker'],
  isPlatformAdmin: false,
};
const ADMIN: SessionUser = { ...WORKER, personId: 'priya', roles: ['employer_admin'] };
const SECRET = randomBytes(20);
const sealed = (personId: string, secret = SECRET) =>
  new SecretBox(KEYS.totpSecrets).seal(secret, sealContext(personId));
const credential = (fields: Partial<TotpCredentialEntity>) =>
  ({
    personId: 'sam',
    secretCiphertext: null,
    pendingSecretCiphertext: null,
    lastUsedStep: null,
    ...fields,
  }) as TotpCredentialEntity;

function setUp({ demoMode = false, stored = null as TotpCredentialEntity | null } = {}) {
  const secondFactors = strictMock<SecondFactorRepository>('SecondFactorRepository', {
    findCredential: async () => stored,
    savePending: async () => undefined,
    activatePending: async () => true,
    replaceRecoveryCodes: async () => undefined,
    remove: async () => undefined,
    useStep: async () => true,
    useRecoveryCode: async () => true,
  });
  const people = strictMock<PeopleRepository>('PeopleRepository', {
    findInOrganisation: async (_organisationId, personId) =>
      personId === 'sam' || personId === 'priya'
        ? ({ id: personId, email: `${personId}@example.org` } as PersonEntity)
        : null,
  });
  const sessions = strictMock<SessionRepository>('SessionRepository', { deleteForPersonExcept: async () => undefined });
  const throttle = strictMock<ThrottleService>('ThrottleService', {
    reserve: async (policy) => ({ key: policy.name }),
    clear: async () => undefined,
  });
  const audit = strictMock<AuditService>('AuditService', { recordAllowed: async () => undefined });
  const scopes: TenantScope[] = [];
  const tenant = strictMock<TenantContext>('TenantContext', {
    run: (scope, work) => {
      scopes.push(scope);
      return work();
    },
  });
  const service = new SecondFactorService(secondFactors, people, sessions, throttle, audit, tenant, KEYS, {
    demoMode,
    secureCookies: false,
  });
  return { service, secondFactors, sessions, throttle, audit, scopes };
}

describe('SecondFactorService (repositories mocked)', () => {
  it.each([
    ['an employer admin', { roles: ['employer_admin'], isPlatformAdmin: false }, false, true],
    ['a platform admin', { roles: [], isPlatformAdmin: true }, false, true],
    ['a link worker or supervisor', { roles: ['link_worker', 'supervisor'], isPlatformAdmin: false }, false, false],
    ['an employer admin in demo mode', { roles: ['employer_admin'], isPlatformAdmin: false }, true, false],
  ])('requires a second factor of %s: %s', (_case, person, demoMode, required) => {
    expect(setUp({ demoMode }).service.isRequiredFor(person)).toBe(required);
  });

  describe('setup', () => {
    it('counts the attempt, keeps the new secret sealed as pending, and shows it once for the app', async () => {
      const { service, secondFactors, throttle } = setUp();
      const view = await service.setup(WORKER);
      expect(throttle.reserve).toHaveBeenCalledWith(SECOND_FACTOR_SETUP, 'sam');
      expect(view.otpauthUrl).toContain(`secret=${view.secret}`);
      expect(view.otpauthUrl).toContain(encodeURIComponent('sam@example.org'));
      const [[personId, ciphertext]] = secondFactors.savePending.mock.calls;
      expect(personId).toBe('sam');
      expect(ciphertext).not.toContain(view.secret);
      expect(new SecretBox(KEYS.totpSecrets).open(ciphertext, sealContext('sam'))).toEqual(base32Decode(view.secret));
    });

    it('answers 404 when the account is gone, storing nothing', async () => {
      const { service, secondFactors } = setUp();
      await expect(service.setup({ ...WORKER, personId: 'gone' })).rejects.toBeInstanceOf(NotFoundError);
      expect(secondFactors.savePending).not.toHaveBeenCalled();
    });
  });

  describe('enable', () => {
    it('needs a set-up first', async () => {
      const { service, throttle } = setUp({ stored: null });
      await expect(service.enable(WORKER, '123456', 'session-1')).rejects.toBeInstanceOf(ConflictError);
      expect(throttle.reserve).not.toHaveBeenCalled();
    });

    it('refuses a code the pending secret does not show now, counting it and activating nothing', async () => {
      const { service, secondFactors, throttle } = setUp({
        stored: credential({ pendingSecretCiphertext: sealed('sam') }),
      });
      const wrong = totpCode(SECRET, Date.now() - 10 * 60_000);
      await expect(service.enable(WORKER, wrong, 'session-1')).rejects.toBeInstanceOf(InvalidInputError);
      expect(throttle.reserve).toHaveBeenCalledWith(SECOND_FACTOR_CODES, 'sam');
      expect(throttle.clear).not.toHaveBeenCalled();
      expect(secondFactors.activatePending).not.toHaveBeenCalled();
    });

    it('turns it on with a right code: ten fresh recovery codes, stored hashed; other sessions end; audited', async () => {
      const pending = sealed('sam');
      const { service, secondFactors, sessions, audit, throttle } = setUp({
        stored: credential({ pendingSecretCiphertext: pending }),
      });
      const { recoveryCodes } = await service.enable(WORKER, totpCode(SECRET, Date.now()), 'session-1');
      expect(throttle.clear).toHaveBeenCalledWith({ key: SECOND_FACTOR_CODES.name });
      expect(secondFactors.activatePending).toHaveBeenCalledWith('sam', pending, expect.any(Number));
      expect(Math.abs(secondFactors.activatePending.mock.calls[0][2] - totpStep(Date.now()))).toBeLessThanOrEqual(1);
      expect(recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
      expect(secondFactors.replaceRecoveryCodes).toHaveBeenCalledWith(
        'sam',
        recoveryCodes.map((code) => hashRecoveryCode('sam', normaliseRecoveryCode(code)!)),
      );
      expect(sessions.deleteForPersonExcept).toHaveBeenCalledWith('sam', 'session-1');
      expect(audit.recordAllowed).toHaveBeenCalledWith(WORKER, 'auth.totp.enable', { type: 'person', id: 'sam' });
    });

    it('refuses when a newer set-up replaced the pending secret meanwhile', async () => {
      const { service, secondFactors } = setUp({ stored: credential({ pendingSecretCiphertext: sealed('sam') }) });
      secondFactors.activatePending.mockResolvedValue(false);
      await expect(service.enable(WORKER, totpCode(SECRET, Date.now()), 'session-1')).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect(secondFactors.replaceRecoveryCodes).not.toHaveBeenCalled();
    });
  });

  describe('disable', () => {
    it('refuses a role that needs it before looking anything up', async () => {
      const { service, secondFactors } = setUp();
      await expect(service.disable(ADMIN, '123456', 'session-1')).rejects.toBeInstanceOf(ForbiddenError);
      expect(secondFactors.findCredential).not.toHaveBeenCalled();
    });

    it('says so when it is not on', async () => {
      const { service } = setUp({ stored: credential({ pendingSecretCiphertext: sealed('sam') }) });
      await expect(service.disable(WORKER, '123456', 'session-1')).rejects.toBeInstanceOf(ConflictError);
    });

    it('refuses a wrong code and keeps it on', async () => {
      const { service, secondFactors } = setUp({ stored: credential({ secretCiphertext: sealed('sam') }) });
      await expect(service.disable(WORKER, 'not a code', 'session-1')).rejects.toBeInstanceOf(InvalidInputError);
      expect(secondFactors.remove).not.toHaveBeenCalled();
    });

    it('turns it off with a current code, ends the other sessions and audits it', async () => {
      const { service, secondFactors, sessions, audit } = setUp({
        stored: credential({ secretCiphertext: sealed('sam') }),
      });
      await service.disable(WORKER, totpCode(SECRET, Date.now()), 'session-1');
      expect(secondFactors.useStep).toHaveBeenCalled();
      expect(secondFactors.remove).toHaveBeenCalledWith('sam');
      expect(sessions.deleteForPersonExcept).toHaveBeenCalledWith('sam', 'session-1');
      expect(audit.recordAllowed).toHaveBeenCalledWith(WORKER, 'auth.totp.disable', { type: 'person', id: 'sam' });
    });
  });

  describe('verifyAtSignIn', () => {
    const SAM: AuthPerson = {
      id: 'sam',
      organisationId: 'org-1',
      passwordHash: null,
      roles: ['link_worker'],
      isPlatformAdmin: false,
      active: true,
      totpEnabled: true,
    };

    it('runs in the person’s own organisation, and fails when no app is set up', async () => {
      const { service, scopes } = setUp({ stored: null });
      await expect(service.verifyAtSignIn(SAM, '123456')).resolves.toBe(false);
      expect(scopes).toEqual([{ organisationId: 'org-1', platformAdmin: false }]);
    });

    it('accepts the current code once: a step already used is refused', async () => {
      const code = totpCode(SECRET, Date.now());
      const { service, secondFactors } = setUp({ stored: credential({ secretCiphertext: sealed('sam') }) });
      await expect(service.verifyAtSignIn(SAM, code)).resolves.toBe(true);
      secondFactors.useStep.mockResolvedValue(false);
      await expect(service.verifyAtSignIn(SAM, code)).resolves.toBe(false);
    });

    it('refuses a secret sealed for someone else (copied onto this person’s row)', async () => {
      const { service } = setUp({ stored: credential({ secretCiphertext: sealed('priya') }) });
      await expect(service.verifyAtSignIn(SAM, totpCode(SECRET, Date.now()))).rejects.toThrow(/could not be decrypted/);
    });

    it('spends a recovery code, whatever its case and hyphens, and audits its use', async () => {
      const { service, secondFactors, audit } = setUp({ stored: credential({ secretCiphertext: sealed('sam') }) });
      await expect(service.verifyAtSignIn(SAM, ' ABCD-EFGH-JKMN-PQRS ')).resolves.toBe(true);
      expect(secondFactors.useRecoveryCode).toHaveBeenCalledWith('sam', hashRecoveryCode('sam', 'abcdefghjkmnpqrs'));
      expect(audit.recordAllowed).toHaveBeenCalledWith(
        expect.objectContaining({ personId: 'sam' }),
        'auth.recovery-code.use',
        { type: 'person', id: 'sam' },
      );
    });

    it('refuses something that is neither a code nor a recovery code without a lookup', async () => {
      const { service, secondFactors } = setUp({ stored: credential({ secretCiphertext: sealed('sam') }) });
      await expect(service.verifyAtSignIn(SAM, 'nope')).resolves.toBe(false);
      expect(secondFactors.useRecoveryCode).not.toHaveBeenCalled();
    });
  });
});

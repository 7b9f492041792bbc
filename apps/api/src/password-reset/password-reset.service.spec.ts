import { strictMock } from '../../test/support/strict-mock';
import type { AuditService } from '../audit/audit.service';
import type { SessionRepository, AuthPerson } from '../sessions/session.repository';
import { ACCOUNT_LINKS_PER_IP, PASSWORD_RESET_PER_EMAIL, type ThrottleService } from '../auth/throttle.service';
import { InvalidInputError, NotFoundError } from '../common/domain-errors';
import type { TenantContext, TenantScope } from '../database/tenant-context';
import type { MailSender, OutgoingMail } from '../mail/mail-sender';
import { PublicLinks } from '../mail/public-links';
import { hashOneTimeToken, newOneTimeToken } from '../people/one-time-token';
import { PASSWORD_TOO_SHORT } from '../people/password-policy';
import type { PasswordResetRepository, UsableResetToken } from './password-reset.repository';
import {
  PASSWORD_RESET_LIFETIME_MS,
  PASSWORD_RESET_LINK_INVALID,
  PASSWORD_RESET_REQUESTED,
  PasswordResetService,
} from './password-reset.service';
import type { PeopleRepository } from '../people/people.repository';

// argon2 is slow on purpose; a stand-in hashes.
jest.mock('../people/password-hasher', () => jest.requireActual('../../test/support/fake-password-hasher'));

const NOW = new Date('2026-03-02T10:00:00Z');
const SAM: AuthPerson = {
  id: 'sam',
  organisationId: 'org-1',
  passwordHash: 'hash',
  roles: ['link_worker'],
  isPlatformAdmin: false,
  active: true,
  totpEnabled: false,
};
const USABLE: UsableResetToken = {
  id: 'reset-1',
  personId: 'sam',
  organisationId: 'org-1',
  isPlatformAdmin: false,
  email: 'sam@example.org',
};

function setUp(person: AuthPerson | null, usable: UsableResetToken | null = USABLE) {
  const order: string[] = [];
  const sessions = strictMock<SessionRepository>('SessionRepository', {
    personByEmail: async () => person,
    deleteForPerson: async () => {
      order.push('sessions.deleteForPerson');
    },
  });
  const resets = strictMock<PasswordResetRepository>('PasswordResetRepository', {
    insert: async () => undefined,
    findUsableByTokenHash: async () => usable,
    claim: async () => true,
    useAllFor: async () => undefined,
    // No reset was completed with the link in the last hour, unless a test says so.
    findRecentlyUsedPasswordHash: async () => null,
  });
  const people = strictMock<PeopleRepository>('PeopleRepository', { setPasswordHash: async () => undefined });
  const scopes: TenantScope[] = [];
  const tenant = strictMock<TenantContext>('TenantContext', {
    run: async (scope, work) => {
      scopes.push(scope);
      const result = await work();
      order.push('commit');
      return result;
    },
  });
  const sent: OutgoingMail[] = [];
  const mail = strictMock<MailSender>('MailSender', {
    send: async (outgoing) => {
      sent.push(outgoing);
    },
  });
  const audit = strictMock<AuditService>('AuditService', { recordAllowed: async () => undefined });
  const throttle = strictMock<ThrottleService>('ThrottleService', { reserveAll: async () => [] });
  const service = new PasswordResetService(
    sessions,
    resets,
    people,
    tenant,
    mail,
    new PublicLinks({ publicBaseUrl: 'https://ladder.example.org' }),
    audit,
    throttle,
  );
  return { service, sessions, resets, people, scopes, sent, audit, throttle, order };
}

describe('PasswordResetService (repositories mocked)', () => {
  describe('request', () => {
    it('throttles per address and per network, and mails a one-hour link whose token only the mail holds', async () => {
      const { service, resets, sent, throttle, scopes } = setUp(SAM);
      await expect(service.request({ email: ' Sam@Example.org ' }, '203.0.113.4', NOW)).resolves.toEqual({
        message: PASSWORD_RESET_REQUESTED,
      });
      expect(throttle.reserveAll).toHaveBeenCalledWith([
        [PASSWORD_RESET_PER_EMAIL, 'sam@example.org'],
        [ACCOUNT_LINKS_PER_IP, '203.0.113.4'],
      ]);
      expect(scopes).toEqual([{ organisationId: 'org-1', platformAdmin: false }]);
      const token = sent[0].link.replace('https://ladder.example.org/password-reset/', '');
      expect(resets.insert).toHaveBeenCalledWith({
        personId: 'sam',
        organisationId: 'org-1',
        tokenHash: hashOneTimeToken(token),
        expiresAt: new Date(NOW.getTime() + PASSWORD_RESET_LIFETIME_MS),
      });
      expect(sent[0]).toMatchObject({ kind: 'password-reset', organisationId: 'org-1' });
    });

    it.each([
      ['an unknown address', null],
      ['a deactivated account', { ...SAM, active: false }],
    ])('answers %s the same, storing and sending nothing', async (_case, person) => {
      const { service, resets, sent } = setUp(person);
      await expect(service.request({ email: 'x@example.org' }, '203.0.113.4', NOW)).resolves.toEqual({
        message: PASSWORD_RESET_REQUESTED,
      });
      expect(resets.insert).not.toHaveBeenCalled();
      expect(sent).toEqual([]);
    });
  });

  describe('reset', () => {
    const token = newOneTimeToken().token;

    it('answers a malformed link with the 404 without looking it up', async () => {
      const { service, resets } = setUp(SAM);
      await expect(service.reset('nope', { password: 'lantern quietly orchard 42' })).rejects.toThrow(
        PASSWORD_RESET_LINK_INVALID,
      );
      expect(resets.findUsableByTokenHash).not.toHaveBeenCalled();
    });

    it('answers an unknown, used or expired link with the same 404', async () => {
      const { service, resets } = setUp(SAM, null);
      await expect(service.view(token)).rejects.toBeInstanceOf(NotFoundError);
      expect(resets.findUsableByTokenHash).toHaveBeenCalledWith(hashOneTimeToken(token));
    });

    it('refuses a weak password before opening a transaction, keeping the link', async () => {
      const { service, scopes, resets } = setUp(SAM);
      const failure = service.reset(token, { password: 'short' });
      await expect(failure).rejects.toBeInstanceOf(InvalidInputError);
      await expect(failure).rejects.toThrow(PASSWORD_TOO_SHORT);
      expect(scopes).toEqual([]);
      expect(resets.claim).not.toHaveBeenCalled();
    });

    it('when another reset claimed the link first, changes nothing and ends no session', async () => {
      const { service, resets, people, sessions } = setUp(SAM);
      resets.claim.mockResolvedValue(false);
      await expect(service.reset(token, { password: 'lantern quietly orchard 42' })).rejects.toThrow(
        PASSWORD_RESET_LINK_INVALID,
      );
      expect(people.setPasswordHash).not.toHaveBeenCalled();
      expect(sessions.deleteForPerson).not.toHaveBeenCalled();
    });

    it('answers a repeat of the reset that claimed the link (same new password) as that one was answered', async () => {
      const { service, resets, people, sessions } = setUp(SAM);
      resets.claim.mockResolvedValue(false);
      resets.findRecentlyUsedPasswordHash.mockResolvedValue('hashed:lantern quietly orchard 42');
      await expect(service.reset(token, { password: 'lantern quietly orchard 42' })).resolves.toBeUndefined();
      await expect(service.reset(token, { password: 'another quiet orchard 43' })).rejects.toThrow(
        PASSWORD_RESET_LINK_INVALID,
      );
      expect(people.setPasswordHash).not.toHaveBeenCalled();
      expect(sessions.deleteForPerson).not.toHaveBeenCalled();
    });

    it('sets the new password, spends every link of the person, audits, and ends the sessions after the commit', async () => {
      const { service, resets, people, audit, scopes, order } = setUp(SAM);
      await service.reset(token, { password: 'lantern quietly orchard 42' });
      expect(scopes).toEqual([{ organisationId: 'org-1', platformAdmin: false }]);
      expect(people.setPasswordHash).toHaveBeenCalledWith('org-1', 'sam', 'hashed:lantern quietly orchard 42');
      expect(resets.useAllFor).toHaveBeenCalledWith('sam');
      expect(audit.recordAllowed).toHaveBeenCalledWith(
        expect.objectContaining({ personId: 'sam', organisationId: 'org-1' }),
        'person.password-reset',
        { type: 'person', id: 'sam' },
      );
      expect(order).toEqual(['commit', 'sessions.deleteForPerson']);
    });
  });
});

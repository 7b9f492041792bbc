import { accessPolicyOver } from '../../test/support/access-facts';
import { strictMock } from '../../test/support/strict-mock';
import type { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../access/session-user';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import type { TenantContext } from '../database/tenant-context';
import type { MailSender } from '../mail/mail-sender';
import { PublicLinks } from '../mail/public-links';
import { newOneTimeToken } from '../people/one-time-token';
import { PASSWORD_TOO_COMMON } from '../people/password-policy';
import type { OrganisationEntity } from '../people/organisation.entity';
import type { PeopleRepository } from '../people/people.repository';
import type { InvitationRepository } from './invitation.repository';
import { INVITATION_LIFETIME_MS, InvitationService } from './invitation.service';

const ADMIN: SessionUser = {
  personId: 'admin',
  organisationId: 'org-1',
  roles: ['employer_admin'],
  isPlatformAdmin: false,
};
const WORKER: SessionUser = { ...ADMIN, personId: 'worker', roles: ['link_worker'] };
const DTO = { email: 'new@example.org', fullName: 'New Person', roles: ['link_worker' as const] };

describe('InvitationService (repositories mocked)', () => {
  let invitations: jest.Mocked<InvitationRepository>;
  let send: jest.Mocked<MailSender>['send'];
  let run: jest.Mocked<TenantContext>['run'];
  let service: InvitationService;

  beforeEach(() => {
    invitations = strictMock<InvitationRepository>('InvitationRepository', {
      lockEmail: async () => undefined,
      emailInUse: async () => false,
      insert: async (row) => ({
        ...row,
        id: 'inv-1',
        acceptedAt: null,
        personId: null,
        createdAt: new Date(),
      }),
      findUsableByTokenHash: async () => null,
      claim: async () => null,
    });
    const mail = strictMock<MailSender>('MailSender', { send: async () => undefined });
    send = mail.send;
    // Unstubbed: a test that reaches the organisation's transaction fails, naming it.
    const tenant = strictMock<TenantContext>('TenantContext');
    run = tenant.run;
    const people = strictMock<PeopleRepository>('PeopleRepository', {
      findOrganisation: async () => ({ id: 'org-1', name: 'Mendip PCN' }) as OrganisationEntity,
    });
    service = new InvitationService(
      accessPolicyOver().access,
      invitations,
      people,
      tenant,
      mail,
      new PublicLinks({ publicBaseUrl: 'https://ladder.example.org' }),
      strictMock<AuditService>('AuditService', { recordAllowed: async () => undefined }),
    );
  });

  it('refuses anyone but an employer admin before touching anything', async () => {
    await expect(service.create(WORKER, DTO)).rejects.toBeInstanceOf(ForbiddenError);
    expect(invitations.lockEmail).not.toHaveBeenCalled();
  });

  it('checks the address under the lock, and refuses one in use without storing or sending anything', async () => {
    invitations.emailInUse.mockResolvedValue(true);
    invitations.findPending.mockResolvedValue(null);
    await expect(service.create(ADMIN, DTO)).rejects.toBeInstanceOf(ConflictError);
    expect(invitations.lockEmail.mock.invocationCallOrder[0]).toBeLessThan(
      invitations.emailInUse.mock.invocationCallOrder[0],
    );
    expect(invitations.insert).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });

  it('stores only the token hash, expiring in seven days, and mails the link with the token', async () => {
    const now = new Date('2026-01-01T09:00:00Z');
    const view = await service.create(ADMIN, DTO, now);
    expect(view.expiresAt).toBe(new Date(now.getTime() + INVITATION_LIFETIME_MS).toISOString());
    const stored = invitations.insert.mock.calls[0][0];
    const link: string = send.mock.calls[0][0].link;
    const token = link.replace('https://ladder.example.org/invitations/', '');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('refuses a weak password before opening the organisation’s transaction', async () => {
    invitations.findUsableByTokenHash.mockResolvedValue({
      id: 'inv-1',
      organisationId: 'org-1',
      organisationName: 'Mendip PCN',
      email: 'new@example.org',
      fullName: 'New Person',
      expiresAt: new Date(),
    });
    const failure = service.accept(newOneTimeToken().token, { password: 'password1234' });
    await expect(failure).rejects.toBeInstanceOf(InvalidInputError);
    await expect(failure).rejects.toThrow(PASSWORD_TOO_COMMON);
    expect(run).not.toHaveBeenCalled();
  });

  it('answers a malformed token with the 404 without looking it up', async () => {
    await expect(service.viewByToken('nope')).rejects.toBeInstanceOf(NotFoundError);
    expect(invitations.findUsableByTokenHash).not.toHaveBeenCalled();
  });
});

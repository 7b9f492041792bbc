import { accessPolicyOver } from '../../test/support/access-facts';
import type { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../access/session-user';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import type { TenantContext } from '../database/tenant-context';
import type { MailSender } from '../mail/mail-sender';
import { PublicLinks } from '../mail/public-links';
import { newOneTimeToken } from '../people/one-time-token';
import { PASSWORD_TOO_COMMON } from '../people/password-policy';
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
  let invitations: jest.Mocked<
    Pick<InvitationRepository, 'lockEmail' | 'emailInUse' | 'insert' | 'findUsableByTokenHash' | 'claim'>
  >;
  let send: jest.Mock;
  let run: jest.Mock;
  let service: InvitationService;

  beforeEach(() => {
    invitations = {
      lockEmail: jest.fn().mockResolvedValue(undefined),
      emailInUse: jest.fn().mockResolvedValue(false),
      insert: jest.fn(async (row) => ({
        ...row,
        id: 'inv-1',
        acceptedAt: null,
        personId: null,
        createdAt: new Date(),
      })),
      findUsableByTokenHash: jest.fn().mockResolvedValue(null),
      claim: jest.fn().mockResolvedValue(null),
    };
    send = jest.fn().mockResolvedValue(undefined);
    run = jest.fn();
    const people = { findOrganisation: jest.fn().mockResolvedValue({ id: 'org-1', name: 'Mendip PCN' }) };
    service = new InvitationService(
      accessPolicyOver().access,
      invitations as unknown as InvitationRepository,
      people as unknown as PeopleRepository,
      { run } as unknown as TenantContext,
      { send } as unknown as MailSender,
      new PublicLinks({ publicBaseUrl: 'https://ladder.example.org' }),
      { recordAllowed: jest.fn() } as unknown as AuditService,
    );
  });

  it('refuses anyone but an employer admin before touching anything', async () => {
    await expect(service.create(WORKER, DTO)).rejects.toBeInstanceOf(ForbiddenError);
    expect(invitations.lockEmail).not.toHaveBeenCalled();
  });

  it('checks the address under the lock, and refuses one in use without storing or sending anything', async () => {
    invitations.emailInUse.mockResolvedValue(true);
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

import { PLATFORM_ADMIN_USER, sessionUser, TEST_ORGANISATION_ID } from '../../test/support/session-users';
import { accessPolicyOver } from '../../test/support/access-facts';
import { strictMock } from '../../test/support/strict-mock';
import type { AccessRepository } from '../access/access.repository';
import { PLATFORM_ADMIN_NO_PEOPLE } from '../access/access-policy';
import type { AuditService } from '../audit/audit.service';
import type { SessionRepository } from '../sessions/session.repository';
import { ForbiddenError, InvalidInputError, NotVisibleError } from '../common/domain-errors';
import type { PeopleRepository } from './people.repository';
import { PeopleService } from './people.service';
import type { PersonEntity } from './person.entity';

const ORG = TEST_ORGANISATION_ID;
const ADMIN = sessionUser('admin', ['employer_admin']);
const SUPERVISOR = sessionUser('supervisor', ['supervisor']);
const WORKER = sessionUser('worker', ['link_worker']);
const PLATFORM = PLATFORM_ADMIN_USER;

const entity = (id: string, roles: string[] = ['link_worker']): PersonEntity => ({
  id,
  organisationId: ORG,
  email: `${id}@example.org`,
  fullName: id,
  jobTitle: null,
  roles,
  supervisionTypes: [],
  isPlatformAdmin: false,
  passwordHash: 'secret-hash',
  experienceStartDate: null,
  employmentStartDate: null,
  active: true,
  createdAt: new Date(),
});

describe('PeopleService (repositories mocked)', () => {
  const everyone = [entity('admin', ['employer_admin']), entity('supervisor', ['supervisor']), entity('worker')];
  let facts: jest.Mocked<AccessRepository>;
  let people: jest.Mocked<PeopleRepository>;
  let sessions: jest.Mocked<SessionRepository>;
  let audit: jest.Mocked<AuditService>;
  let service: PeopleService;

  beforeEach(() => {
    const policy = accessPolicyOver({
      personInOrganisation: async (_org, id) => everyone.find((p) => p.id === id) ?? null,
      currentSuperviseeIds: async () => ['worker'],
      isCurrentSupervisor: async () => false,
    });
    facts = policy.facts;
    people = strictMock<PeopleRepository>('PeopleRepository', {
      listInOrganisation: async () => everyone,
      findManyInOrganisation: async (_org, ids) => everyone.filter((p) => ids.includes(p.id)),
      update: async () => undefined,
    });
    sessions = strictMock<SessionRepository>('SessionRepository', { deleteForPerson: async () => undefined });
    audit = strictMock<AuditService>('AuditService', { recordAllowed: async () => undefined });
    service = new PeopleService(policy.access, people, sessions, audit);
  });

  it.each([
    ['an employer admin', ADMIN, ['admin', 'supervisor', 'worker']],
    ['a supervisor', SUPERVISOR, ['worker']],
    ['a link worker', WORKER, ['worker']],
    ['someone with no role', sessionUser('nobody', []), []],
  ])('lists for %s just the people they may see', async (_case, caller, expected) => {
    expect((await service.list(caller)).map((p) => p.id)).toEqual(expected);
  });

  it('never returns the password hash', async () => {
    expect(JSON.stringify(await service.list(ADMIN))).not.toContain('secret-hash');
  });

  it('refuses platform administrators before touching any repository', async () => {
    await expect(service.list(PLATFORM)).rejects.toEqual(new ForbiddenError(PLATFORM_ADMIN_NO_PEOPLE));
    expect(people.listInOrganisation).not.toHaveBeenCalled();
    expect(facts.currentSuperviseeIds).not.toHaveBeenCalled();
  });

  it('refuses a non-admin change inside the organisation with a 403, writing nothing', async () => {
    await expect(service.update(SUPERVISOR, 'worker', { jobTitle: 'X' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(service.update(SUPERVISOR, 'worker', { jobTitle: 'X' })).rejects.not.toBeInstanceOf(NotVisibleError);
    expect(people.update).not.toHaveBeenCalled();
  });

  it('answers a non-admin 404, not 403, for a person outside the organisation', async () => {
    await expect(service.update(SUPERVISOR, 'elsewhere', { jobTitle: 'X' })).rejects.toBeInstanceOf(NotVisibleError);
    expect(people.update).not.toHaveBeenCalled();
  });

  it('answers 404 for a person outside the organisation', async () => {
    await expect(service.update(ADMIN, 'elsewhere', { jobTitle: 'X' })).rejects.toBeInstanceOf(NotVisibleError);
    expect(people.update).not.toHaveBeenCalled();
  });

  it.each([
    [{ roles: ['supervisor' as const] }, 'roles must include employer_admin'],
    [{ active: false }, 'active cannot be false'],
    [{}, 'Send at least one of'],
  ])('refuses the admin’s own change %j without writing', async (dto, message) => {
    const failure = service.update(ADMIN, 'admin', dto);
    await expect(failure).rejects.toBeInstanceOf(InvalidInputError);
    await expect(failure).rejects.toThrow(message);
    expect(people.update).not.toHaveBeenCalled();
  });

  it('deactivates, audits, and ends the person’s sessions', async () => {
    const view = await service.update(ADMIN, 'worker', { active: false });
    expect(view.active).toBe(false);
    expect(people.update).toHaveBeenCalledWith(ORG, 'worker', { active: false });
    expect(audit.recordAllowed).toHaveBeenCalledWith(
      ADMIN,
      'person.update',
      { type: 'person', id: 'worker' },
      { fields: 'active', active: false },
    );
    expect(sessions.deleteForPerson).toHaveBeenCalledWith('worker');
  });

  it('leaves sessions alone for any other change', async () => {
    await service.update(ADMIN, 'worker', { jobTitle: 'Care Coordinator', active: true });
    expect(sessions.deleteForPerson).not.toHaveBeenCalled();
  });
});

import { PLATFORM_ADMIN_USER, sessionUser, TEST_ORGANISATION_ID } from '../../test/support/session-users';
import { accessPolicyOver } from '../../test/support/access-facts';
import { strictMock } from '../../test/support/strict-mock';
import type { AuditService } from '../audit/audit.service';
import { ConflictError, ForbiddenError, InvalidInputError, NotVisibleError } from '../common/domain-errors';
import type { PersonEntity } from './person.entity';
import type { SupervisionAssignmentEntity } from './supervision-assignment.entity';
import type { SupervisionAssignmentRepository } from './supervision-assignment.repository';
import { SupervisionAssignmentService } from './supervision-assignment.service';

const ORG = TEST_ORGANISATION_ID;
const ADMIN = sessionUser('admin', ['employer_admin']);
const SUPERVISOR = sessionUser('sup', ['supervisor']);
const WORKER = sessionUser('worker', ['link_worker']);
const PLATFORM = PLATFORM_ADMIN_USER;

const person = (id: string, roles: string[], active = true): PersonEntity =>
  ({ id, organisationId: ORG, fullName: id, roles, active }) as PersonEntity;
const PEOPLE = [
  person('sup', ['supervisor']),
  person('worker', ['link_worker']),
  person('gone', ['link_worker'], false),
];

const assignment = (overrides: Partial<SupervisionAssignmentEntity> = {}): SupervisionAssignmentEntity =>
  ({
    id: 'a-1',
    organisationId: ORG,
    supervisorId: 'sup',
    workerId: 'worker',
    supervisionType: 'clinical',
    startsOn: '2026-01-01',
    endsOn: null,
    supervisor: PEOPLE[0],
    worker: PEOPLE[1],
    ...overrides,
  }) as SupervisionAssignmentEntity;

const DTO = { supervisorId: 'sup', workerId: 'worker', supervisionType: 'clinical' as const, startsOn: '2026-02-01' };

describe('SupervisionAssignmentService (repositories mocked)', () => {
  let assignments: jest.Mocked<SupervisionAssignmentRepository>;
  let audit: jest.Mocked<AuditService>;
  let service: SupervisionAssignmentService;

  beforeEach(() => {
    const { access } = accessPolicyOver({
      personInOrganisation: async (_org, id) => PEOPLE.find((p) => p.id === id) ?? null,
    });
    assignments = strictMock<SupervisionAssignmentRepository>('SupervisionAssignmentRepository', {
      listWithPeople: async () => [assignment()],
      insertUnlessOverlapping: async (row) => ({ ...row, id: 'a-2', createdAt: new Date() }),
      setEndsOn: async () => true,
    });
    audit = strictMock<AuditService>('AuditService', { recordAllowed: async () => undefined });
    service = new SupervisionAssignmentService(access, assignments, audit);
  });

  it.each([
    ['an employer admin: every assignment', ADMIN, undefined],
    ['a supervisor: their own', SUPERVISOR, 'sup'],
  ])('lists for %s', async (_case, caller, supervisorId) => {
    const views = await service.list(caller);
    expect(assignments.listWithPeople).toHaveBeenCalledWith(ORG, supervisorId);
    expect(views).toEqual([expect.objectContaining({ id: 'a-1', supervisorName: 'sup', workerName: 'worker' })]);
  });

  it.each([
    ['a link worker', WORKER],
    ['a platform admin', PLATFORM],
  ])('refuses %s the list before reading any', async (_case, caller) => {
    await expect(service.list(caller)).rejects.toBeInstanceOf(ForbiddenError);
    expect(assignments.listWithPeople).not.toHaveBeenCalled();
  });

  it('creates, audits and answers with the two people’s names', async () => {
    const view = await service.create(ADMIN, DTO);
    expect(view).toMatchObject({ id: 'a-2', supervisorName: 'sup', workerName: 'worker', endsOn: null });
    expect(assignments.insertUnlessOverlapping).toHaveBeenCalledWith(
      expect.objectContaining({ organisationId: ORG, ...DTO }),
    );
    expect(audit.recordAllowed).toHaveBeenCalledWith(
      ADMIN,
      'supervision-assignment.create',
      { type: 'supervision-assignment', id: 'a-2' },
      { supervisorId: 'sup', workerId: 'worker', supervisionType: 'clinical' },
    );
  });

  it('answers 404 for someone of another organisation, and 403 to a non-admin, writing nothing', async () => {
    await expect(service.create(ADMIN, { ...DTO, workerId: 'elsewhere' })).rejects.toBeInstanceOf(NotVisibleError);
    const refused = service.create(SUPERVISOR, DTO);
    await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
    await expect(refused).rejects.not.toBeInstanceOf(NotVisibleError);
    expect(assignments.insertUnlessOverlapping).not.toHaveBeenCalled();
  });

  it.each([
    [{ workerId: 'sup' }, 'workerId must be a different person from supervisorId'],
    [{ workerId: 'gone' }, 'workerId must be an active person with the link_worker role'],
    [{ supervisorId: 'worker', workerId: 'sup' }, 'supervisorId must be an active person with the supervisor role'],
    [{ endsOn: '2026-01-31' }, 'endsOn must be on or after startsOn'],
  ])('refuses %j naming the field', async (change, message) => {
    const failure = service.create(ADMIN, { ...DTO, ...change });
    await expect(failure).rejects.toBeInstanceOf(InvalidInputError);
    await expect(failure).rejects.toThrow(message);
    expect(assignments.insertUnlessOverlapping).not.toHaveBeenCalled();
  });

  it('refuses an overlapping assignment with a 409, auditing nothing', async () => {
    assignments.insertUnlessOverlapping.mockResolvedValue(null);
    assignments.findIdentical.mockResolvedValue(null);
    await expect(service.create(ADMIN, DTO)).rejects.toBeInstanceOf(ConflictError);
    expect(audit.recordAllowed).not.toHaveBeenCalled();
  });

  it('answers a repeated assignment with the one already stored, creating and auditing nothing', async () => {
    assignments.insertUnlessOverlapping.mockResolvedValue(null);
    assignments.findIdentical.mockResolvedValue(assignment({ id: 'a-1' }));
    await expect(service.create(ADMIN, DTO)).resolves.toMatchObject({ id: 'a-1', supervisorName: 'sup' });
    expect(audit.recordAllowed).not.toHaveBeenCalled();
  });

  it('refuses an end date that would overlap another assignment with a 409, auditing nothing', async () => {
    assignments.findWithPeople.mockResolvedValue(assignment());
    assignments.setEndsOn.mockResolvedValue(false);
    await expect(service.end(ADMIN, 'a-1', { endsOn: '2026-06-30' })).rejects.toBeInstanceOf(ConflictError);
    expect(audit.recordAllowed).not.toHaveBeenCalled();
  });

  it('ends an assignment of the organisation, audited', async () => {
    assignments.findWithPeople.mockResolvedValue(assignment());
    const view = await service.end(ADMIN, 'a-1', { endsOn: '2026-06-30' });
    expect(view).toMatchObject({ id: 'a-1', endsOn: '2026-06-30' });
    expect(assignments.setEndsOn).toHaveBeenCalledWith(ORG, 'a-1', '2026-06-30');
    expect(audit.recordAllowed).toHaveBeenCalledWith(
      ADMIN,
      'supervision-assignment.end',
      { type: 'supervision-assignment', id: 'a-1' },
      { endsOn: '2026-06-30' },
    );
  });

  it('answers 404 for an assignment the organisation does not hold, whatever the role; 403 to a non-admin', async () => {
    assignments.findWithPeople.mockResolvedValue(null);
    await expect(service.end(ADMIN, 'a-x', { endsOn: '2026-06-30' })).rejects.toBeInstanceOf(NotVisibleError);
    await expect(service.end(SUPERVISOR, 'a-x', { endsOn: '2026-06-30' })).rejects.toBeInstanceOf(NotVisibleError);
    assignments.findWithPeople.mockResolvedValue(assignment());
    const refused = service.end(SUPERVISOR, 'a-1', { endsOn: '2026-06-30' });
    await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
    await expect(refused).rejects.not.toBeInstanceOf(NotVisibleError);
    expect(assignments.setEndsOn).not.toHaveBeenCalled();
  });

  it('a platform admin’s end is a 404 without looking the assignment up', async () => {
    await expect(service.end(PLATFORM, 'a-1', { endsOn: '2026-06-30' })).rejects.toBeInstanceOf(NotVisibleError);
    expect(assignments.findWithPeople).not.toHaveBeenCalled();
  });

  it('refuses an end before the start, writing nothing', async () => {
    assignments.findWithPeople.mockResolvedValue(assignment());
    await expect(service.end(ADMIN, 'a-1', { endsOn: '2025-12-31' })).rejects.toThrow(
      'endsOn must be on or after startsOn',
    );
    expect(assignments.setEndsOn).not.toHaveBeenCalled();
  });
});

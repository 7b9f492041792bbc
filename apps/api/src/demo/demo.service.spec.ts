import { strictMock } from '../../test/support/strict-mock';
import type { TenantContext, TenantScope } from '../database/tenant-context';
import type { PeopleRepository } from '../people/people.repository';
import type { PersonEntity } from '../people/person.entity';
import type { SupervisionAssignmentRepository } from '../people/supervision-assignment.repository';
import { DEMO_ASSIGNMENTS, DEMO_ORGANISATION, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_PLATFORM_ADMIN } from './demo-people';
import { DemoService } from './demo.service';

// argon2 is slow on purpose; a stand-in hashes.
jest.mock('../people/password-hasher', () => jest.requireActual('../../test/support/fake-password-hasher'));
const { hashPassword } = jest.requireMock<{ hashPassword: jest.Mock }>('../people/password-hasher');

function setUp({ peopleInOrganisation = 0, platformAdminExists = false } = {}) {
  const people = strictMock<PeopleRepository>('PeopleRepository', {
    insertOrganisationIfAbsent: async () => undefined,
    countInOrganisation: async () => peopleInOrganisation,
    insertPersonIfAbsent: async () => undefined,
    findInOrganisation: async () => (platformAdminExists ? ({ id: DEMO_PLATFORM_ADMIN.id } as PersonEntity) : null),
  });
  const assignments = strictMock<SupervisionAssignmentRepository>('SupervisionAssignmentRepository', {
    insertIfAbsent: async () => undefined,
  });
  const scopes: TenantScope[] = [];
  const tenant = strictMock<TenantContext>('TenantContext', {
    run: (scope, work) => {
      scopes.push(scope);
      return work();
    },
  });
  return { people, assignments, scopes, demo: new DemoService(people, assignments, tenant) };
}

describe('DemoService (repositories mocked)', () => {
  beforeEach(() => hashPassword.mockClear());

  it('loads the organisation, its people with the demo password, their assignments and a platform admin', async () => {
    const { demo, people, assignments, scopes } = setUp();
    await demo.load();
    expect(people.insertOrganisationIfAbsent).toHaveBeenCalledWith(DEMO_ORGANISATION);
    expect(people.insertPersonIfAbsent).toHaveBeenCalledTimes(DEMO_PEOPLE.length + 1);
    expect(people.insertPersonIfAbsent).toHaveBeenCalledWith(
      expect.objectContaining({
        id: DEMO_PLATFORM_ADMIN.id,
        organisationId: null,
        isPlatformAdmin: true,
        passwordHash: `hashed:${DEMO_PASSWORD}`,
      }),
    );
    for (const person of DEMO_PEOPLE) {
      expect(people.insertPersonIfAbsent).toHaveBeenCalledWith(
        expect.objectContaining({ id: person.id, organisationId: DEMO_ORGANISATION.id, isPlatformAdmin: false }),
      );
    }
    expect(assignments.insertIfAbsent).toHaveBeenCalledTimes(DEMO_ASSIGNMENTS.length);
    const idOf = (email: string) => DEMO_PEOPLE.find((person) => person.email === email)!.id;
    expect(assignments.insertIfAbsent.mock.calls.map(([row]) => [row.supervisorId, row.workerId])).toEqual(
      DEMO_ASSIGNMENTS.map((assignment) => [idOf(assignment.supervisorEmail), idOf(assignment.workerEmail)]),
    );
    expect(scopes).toEqual([
      { organisationId: DEMO_ORGANISATION.id, platformAdmin: false },
      { organisationId: null, platformAdmin: true },
    ]);
  });

  it('hashes nothing and inserts nobody when everyone is already there', async () => {
    const { demo, people } = setUp({ peopleInOrganisation: DEMO_PEOPLE.length, platformAdminExists: true });
    await demo.load();
    expect(hashPassword).not.toHaveBeenCalled();
    expect(people.insertPersonIfAbsent).not.toHaveBeenCalled();
  });

  it('fills in the organisation’s people when some are missing', async () => {
    const { demo, people } = setUp({ peopleInOrganisation: DEMO_PEOPLE.length - 1, platformAdminExists: true });
    await demo.load();
    expect(people.insertPersonIfAbsent).toHaveBeenCalledTimes(DEMO_PEOPLE.length);
  });

  it('lists the logins with the shared password, naming the platform admin’s role', () => {
    const { demo } = setUp();
    const { password, people } = demo.logins();
    expect(password).toBe(DEMO_PASSWORD);
    expect(people).toHaveLength(DEMO_PEOPLE.length + 1);
    expect(people.at(-1)).toEqual({
      email: DEMO_PLATFORM_ADMIN.email,
      roles: ['platform_admin'],
      jobTitle: DEMO_PLATFORM_ADMIN.jobTitle,
    });
    expect(people[0]).toEqual({
      email: DEMO_PEOPLE[0].email,
      roles: DEMO_PEOPLE[0].roles,
      jobTitle: DEMO_PEOPLE[0].jobTitle,
    });
  });
});

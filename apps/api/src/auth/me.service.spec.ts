import { strictMock } from '../../test/support/strict-mock';
import { NotFoundError } from '../common/domain-errors';
import type { TenantContext, TenantScope } from '../database/tenant-context';
import type { OrganisationEntity } from '../people/organisation.entity';
import type { PeopleRepository } from '../people/people.repository';
import type { PersonEntity } from '../people/person.entity';
import { MeService } from './me.service';
import type { SecondFactorService } from './second-factor.service';
import type { AuthPerson } from '../sessions/session.repository';

const ADMIN = {
  id: 'admin',
  email: 'priya@example.org',
  fullName: 'Priya Shah',
  jobTitle: 'Service Manager',
  roles: ['employer_admin'],
  isPlatformAdmin: false,
} as PersonEntity;
const ORGANISATION = { id: 'org-1', name: 'Mendip PCN', kind: 'pcn' } as OrganisationEntity;

function setUp(person: PersonEntity | null) {
  const people = strictMock<PeopleRepository>('PeopleRepository', {
    findInOrganisation: async () => person,
    findOrganisation: async () => ORGANISATION,
  });
  const scopes: TenantScope[] = [];
  const tenant = strictMock<TenantContext>('TenantContext', {
    run: (scope, work) => {
      scopes.push(scope);
      return work();
    },
  });
  const secondFactor = strictMock<SecondFactorService>('SecondFactorService', {
    isEnabled: async () => true,
    isRequiredFor: (candidate) => candidate.roles.includes('employer_admin'),
  });
  return { people, scopes, me: new MeService(people, tenant, secondFactor) };
}

describe('MeService (repositories mocked)', () => {
  it('describes the signed-in person, their organisation and where they stand on two-step verification', async () => {
    const { me, people } = setUp(ADMIN);
    await expect(
      me.forUser({ personId: 'admin', organisationId: 'org-1', roles: ['employer_admin'], isPlatformAdmin: false }),
    ).resolves.toEqual({
      personId: 'admin',
      email: 'priya@example.org',
      fullName: 'Priya Shah',
      jobTitle: 'Service Manager',
      organisation: { id: 'org-1', name: 'Mendip PCN' },
      roles: ['employer_admin'],
      isPlatformAdmin: false,
      totpEnabled: true,
      totpRequired: true,
    });
    expect(people.findInOrganisation).toHaveBeenCalledWith('org-1', 'admin');
  });

  it('gives a platform administrator no organisation, without looking one up', async () => {
    const { me, people } = setUp({ ...ADMIN, roles: [], isPlatformAdmin: true } as PersonEntity);
    const view = await me.forUser({ personId: 'admin', organisationId: null, roles: [], isPlatformAdmin: true });
    expect(view.organisation).toBeNull();
    expect(people.findOrganisation).not.toHaveBeenCalled();
  });

  it('answers 404 when the account is gone', async () => {
    const { me } = setUp(null);
    await expect(
      me.forUser({ personId: 'gone', organisationId: 'org-1', roles: [], isPlatformAdmin: false }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('right after sign-in, reads within the person’s own organisation', async () => {
    const { me, scopes } = setUp(ADMIN);
    const person: AuthPerson = {
      id: 'admin',
      organisationId: 'org-1',
      passwordHash: null,
      roles: ['employer_admin'],
      isPlatformAdmin: false,
      active: true,
      totpEnabled: true,
    };
    await expect(me.forPerson(person)).resolves.toMatchObject({ personId: 'admin' });
    expect(scopes).toEqual([{ organisationId: 'org-1', platformAdmin: false }]);
  });
});

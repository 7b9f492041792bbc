import { Injectable } from '@nestjs/common';
import { TenantContext } from '../database/tenant-context';
import { PeopleRepository } from '../people/people.repository';
import { hashPassword } from '../people/password-hasher';
import { SupervisionAssignmentRepository } from '../people/supervision-assignment.repository';
import { DEMO_ASSIGNMENTS, DEMO_ORGANISATION, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_PLATFORM_ADMIN } from './demo-people';

export interface DemoLogin {
  email: string;
  roles: string[];
  jobTitle: string;
}

@Injectable()
export class DemoService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly assignments: SupervisionAssignmentRepository,
    private readonly tenant: TenantContext,
  ) {}

  /** Loads the demo organisation, its people and a platform administrator; running it again changes nothing. */
  async load(): Promise<void> {
    await this.tenant.run({ organisationId: DEMO_ORGANISATION.id, platformAdmin: false }, async () => {
      await this.people.insertOrganisationIfAbsent(DEMO_ORGANISATION);
      // Hashing is the slow part: skip it when everyone is already there.
      if ((await this.people.countInOrganisation(DEMO_ORGANISATION.id)) < DEMO_PEOPLE.length) {
        for (const person of DEMO_PEOPLE) {
          await this.people.insertPersonIfAbsent({
            ...person,
            organisationId: DEMO_ORGANISATION.id,
            isPlatformAdmin: false,
            passwordHash: await hashPassword(DEMO_PASSWORD),
            active: true,
          });
        }
      }
      const idOf = (email: string) => DEMO_PEOPLE.find((person) => person.email === email)!.id;
      for (const assignment of DEMO_ASSIGNMENTS) {
        await this.assignments.insertIfAbsent({
          id: assignment.id,
          organisationId: DEMO_ORGANISATION.id,
          supervisorId: idOf(assignment.supervisorEmail),
          workerId: idOf(assignment.workerEmail),
          supervisionType: assignment.supervisionType,
          startsOn: assignment.startsOn,
          endsOn: null,
        });
      }
    });
    await this.tenant.run({ organisationId: null, platformAdmin: true }, async () => {
      if (await this.people.findInOrganisation(null, DEMO_PLATFORM_ADMIN.id)) return;
      await this.people.insertPersonIfAbsent({
        ...DEMO_PLATFORM_ADMIN,
        organisationId: null,
        isPlatformAdmin: true,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        active: true,
      });
    });
  }

  logins(): { password: string; people: DemoLogin[] } {
    return {
      password: DEMO_PASSWORD,
      people: [...DEMO_PEOPLE, DEMO_PLATFORM_ADMIN].map(({ email, roles, jobTitle }) => ({
        email,
        roles: roles.length > 0 ? roles : ['platform_admin'],
        jobTitle,
      })),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { PeopleRepository } from '../people/people.repository';
import { hashPassword } from '../people/password-hasher';
import { DEMO_ORGANISATION, DEMO_PASSWORD, DEMO_PEOPLE } from './demo-people';

export interface DemoLogin {
  email: string;
  roles: string[];
  jobTitle: string;
}

@Injectable()
export class DemoService {
  constructor(private readonly people: PeopleRepository) {}

  /** Loads the demo organisation and its people; running it again changes nothing. */
  async load(): Promise<void> {
    await this.people.insertOrganisationIfAbsent(DEMO_ORGANISATION);
    if ((await this.people.countInOrganisation(DEMO_ORGANISATION.id)) >= DEMO_PEOPLE.length) return;
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

  logins(): { password: string; people: DemoLogin[] } {
    return {
      password: DEMO_PASSWORD,
      people: DEMO_PEOPLE.map(({ email, roles, jobTitle }) => ({ email, roles, jobTitle })),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { TenantContext } from '../database/tenant-context';
import { NotFoundError } from '../common/domain-errors';
import { PeopleRepository } from '../people/people.repository';
import { SecondFactorService } from './second-factor.service';
import type { AuthPerson } from '../sessions/session.repository';
import type { SessionUser } from '../access/session-user';

export interface MeView {
  personId: string;
  email: string;
  fullName: string;
  jobTitle: string | null;
  organisation: { id: string; name: string } | null;
  roles: string[];
  isPlatformAdmin: boolean;
  /** An authenticator app is set up and asked for at every sign-in. */
  totpEnabled: boolean;
  /** This person's role needs two-step verification here (never in demo mode); until it is on, the session is restricted. */
  totpRequired: boolean;
}

@Injectable()
export class MeService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly tenant: TenantContext,
    private readonly secondFactor: SecondFactorService,
  ) {}

  forUser(user: SessionUser): Promise<MeView> {
    return this.view(user.personId, user.organisationId);
  }

  /** Right after sign-in the request's transaction has no organisation yet; read within the person's own. */
  forPerson(person: AuthPerson): Promise<MeView> {
    return this.tenant.run({ organisationId: person.organisationId, platformAdmin: person.isPlatformAdmin }, () =>
      this.view(person.id, person.organisationId),
    );
  }

  private async view(personId: string, organisationId: string | null): Promise<MeView> {
    const person = await this.people.findInOrganisation(organisationId, personId);
    if (!person) throw new NotFoundError('Your account could not be found');
    const organisation = organisationId ? await this.people.findOrganisation(organisationId) : null;
    return {
      personId: person.id,
      email: person.email,
      fullName: person.fullName,
      jobTitle: person.jobTitle,
      organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
      roles: person.roles,
      isPlatformAdmin: person.isPlatformAdmin,
      totpEnabled: await this.secondFactor.isEnabled(person.id),
      totpRequired: this.secondFactor.isRequiredFor(person),
    };
  }
}

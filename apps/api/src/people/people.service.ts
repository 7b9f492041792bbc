import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import type { SessionUser } from '../access/session-user';
import { AuditService } from '../audit/audit.service';
import { SessionRepository } from '../sessions/session.repository';
import { InvalidInputError } from '../common/domain-errors';
import { toPersonView, type PersonView } from './dto/person-view.dto';
import type { UpdatePersonDto } from './dto/update-person.dto';
import { PeopleRepository, type PersonChanges } from './people.repository';

const CHANGEABLE_FIELDS = [
  'roles',
  'supervisionTypes',
  'jobTitle',
  'experienceStartDate',
  'employmentStartDate',
  'active',
] as const satisfies readonly (keyof PersonChanges)[];

/** People in an organisation: who may see whom, and what employer admins may change. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly people: PeopleRepository,
    private readonly sessions: SessionRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Employer admins see everyone in their organisation. Anyone else sees the
   * people their roles give them: a supervisor their current supervisees, a
   * link worker themselves (someone with both roles, both).
   */
  async list(user: SessionUser): Promise<PersonView[]> {
    const { organisationId, personIds } = await this.access.require(user, 'people.list');
    const people =
      personIds === 'everyone'
        ? await this.people.listInOrganisation(organisationId)
        : await this.people.findManyInOrganisation(organisationId, personIds);
    return people.map(toPersonView);
  }

  /** The person themselves, a current supervisor of theirs, or an employer admin of their organisation. */
  async get(user: SessionUser, personId: string): Promise<PersonView> {
    return toPersonView(await this.access.require(user, 'worker.records.read', { personId }));
  }

  async update(user: SessionUser, personId: string, dto: UpdatePersonDto): Promise<PersonView> {
    const { organisationId, person: before } = await this.access.require(user, 'people.manage', { personId });

    const changes: PersonChanges = {};
    for (const field of CHANGEABLE_FIELDS) {
      if (dto[field] !== undefined) Object.assign(changes, { [field]: dto[field] });
    }
    const errors: string[] = [];
    if (Object.keys(changes).length === 0) {
      errors.push(`Send at least one of ${CHANGEABLE_FIELDS.join(', ')}`);
    }
    if (personId === user.personId && changes.roles && !changes.roles.includes('employer_admin')) {
      errors.push('roles must include employer_admin: you cannot remove your own administrator role');
    }
    if (personId === user.personId && changes.active === false) {
      errors.push('active cannot be false: you cannot deactivate your own account');
    }
    if (errors.length > 0) throw new InvalidInputError(errors.join('; '), errors);

    await this.people.update(organisationId, personId, changes);
    await this.audit.recordAllowed(
      user,
      'person.update',
      { type: 'person', id: personId },
      {
        fields: Object.keys(changes).join(','),
        ...(changes.active !== undefined && { active: changes.active }),
      },
    );
    // Deactivation takes effect at once: every session of theirs ends now, not at its timeout.
    if (changes.active === false) await this.sessions.deleteForPerson(personId);
    return toPersonView({ ...before, ...changes });
  }
}

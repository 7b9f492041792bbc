import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { SessionRepository } from '../auth/session.repository';
import { ForbiddenError, InvalidInputError } from '../common/domain-errors';
import { toPersonView, type PersonView } from './dto/person-view.dto';
import type { UpdatePersonDto } from './dto/update-person.dto';
import { todayUtc } from '../common/calendar-date';
import { PeopleAccessService } from './people-access.service';
import { PeopleRepository, type PersonChanges } from './people.repository';
import { SupervisionAssignmentRepository } from './supervision-assignment.repository';

export const PLATFORM_ADMIN_NO_PEOPLE = "Platform administrators have no access to organisations' people";

const CHANGEABLE_FIELDS = [
  'roles',
  'supervisionTypes',
  'jobTitle',
  'experienceStartDate',
  'employmentStartDate',
  'active',
] as const satisfies readonly (keyof PersonChanges)[];

/** The caller's organisation; platform administrators (who have none) are refused with a 403. */
export function organisationOf(user: SessionUser): string {
  if (user.isPlatformAdmin || user.organisationId === null) {
    throw new ForbiddenError(PLATFORM_ADMIN_NO_PEOPLE, { type: 'organisation', id: null });
  }
  return user.organisationId;
}

/** People in an organisation: who may see whom, and what employer admins may change. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly access: PeopleAccessService,
    private readonly people: PeopleRepository,
    private readonly assignments: SupervisionAssignmentRepository,
    private readonly sessions: SessionRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Employer admins see everyone in their organisation. Anyone else sees the
   * people their roles give them: a supervisor their current supervisees, a
   * link worker themselves (someone with both roles, both).
   */
  async list(user: SessionUser): Promise<PersonView[]> {
    const organisationId = organisationOf(user);
    if (user.roles.includes('employer_admin')) {
      return (await this.people.listInOrganisation(organisationId)).map(toPersonView);
    }
    const visible = new Set<string>();
    if (user.roles.includes('link_worker')) visible.add(user.personId);
    if (user.roles.includes('supervisor')) {
      for (const id of await this.assignments.currentSuperviseeIds(organisationId, user.personId, todayUtc())) {
        visible.add(id);
      }
    }
    return (await this.people.findManyInOrganisation(organisationId, [...visible])).map(toPersonView);
  }

  /** The person themselves, a current supervisor of theirs, or an employer admin of their organisation. */
  async get(user: SessionUser, personId: string): Promise<PersonView> {
    return toPersonView(await this.access.assertCanViewWorkerRecords(user, personId));
  }

  async update(user: SessionUser, personId: string, dto: UpdatePersonDto): Promise<PersonView> {
    // The record first: outside the caller's organisation the answer is 404, whatever their role.
    const before = await this.access.personInCallersOrganisation(user, personId);
    const organisationId = this.access.assertEmployerAdmin(user);

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

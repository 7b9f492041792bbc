import { Injectable } from '@nestjs/common';
import { subtractMonths } from '@ladder/dreyfus';
import type { SessionUser } from '../auth/session-user';
import { ForbiddenError } from '../common/domain-errors';
import { todayUtc } from '../common/calendar-date';
import { PeopleRepository } from '../people/people.repository';
import { SupervisionAssignmentRepository } from '../people/supervision-assignment.repository';
import { ProgressionService } from '../progression/progression.service';
import type { ObservationDue, SuperviseeOverviewView } from './dto/supervisee-overview-view.dto';
import { ObservationRepository } from './observation.repository';

/** No signed-off observation for this long: overdue. NHS England Annex B encourages one every 6–12 months. */
export const OVERDUE_AFTER_MONTHS = 12;
/** No signed-off observation for this long: due soon. */
export const DUE_SOON_AFTER_MONTHS = 6;

/** How due a worker's next observation is, from the date of their latest signed-off one. */
export function observationDue(lastObservedOn: string | null, today: string): ObservationDue {
  if (lastObservedOn === null || lastObservedOn < subtractMonths(today, OVERDUE_AFTER_MONTHS)) return 'overdue';
  if (lastObservedOn < subtractMonths(today, DUE_SOON_AFTER_MONTHS)) return 'due-soon';
  return 'ok';
}

/** A supervisor's current supervisees: level today, latest observation, and whether one is due. */
@Injectable()
export class SuperviseeOverviewService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly assignments: SupervisionAssignmentRepository,
    private readonly observations: ObservationRepository,
    private readonly progression: ProgressionService,
  ) {}

  async overview(user: SessionUser): Promise<SuperviseeOverviewView[]> {
    if (user.organisationId === null || !user.roles.includes('supervisor')) {
      throw new ForbiddenError('Only supervisors have supervisees', { type: 'supervisee-overview', id: null });
    }
    const organisationId = user.organisationId;
    const today = todayUtc();
    const ids = await this.assignments.currentSuperviseeIds(organisationId, user.personId, today);
    const supervisees = await this.people.findManyInOrganisation(organisationId, ids);
    const results = await this.progression.storedResults(supervisees, today);
    const lastObserved = await this.observations.lastSignedOffObservedOn(organisationId, ids);
    return supervisees.map((person, index) => {
      const lastObservedOn = lastObserved.get(person.id) ?? null;
      return {
        workerId: person.id,
        fullName: person.fullName,
        jobTitle: person.jobTitle,
        level: results[index].level,
        lastObservedOn,
        due: observationDue(lastObservedOn, today),
      };
    });
  }
}

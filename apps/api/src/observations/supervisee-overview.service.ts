import { Injectable } from '@nestjs/common';
import { subtractMonths } from '@ladder/dreyfus';
import { AccessPolicy } from '../access/access-policy';
import type { SessionUser } from '../access/session-user';
import { todayUtc } from '../common/calendar-date';
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
    private readonly access: AccessPolicy,
    private readonly observations: ObservationRepository,
    private readonly progression: ProgressionService,
  ) {}

  async overview(user: SessionUser): Promise<SuperviseeOverviewView[]> {
    const { organisationId, supervisees } = await this.access.require(user, 'supervisees.read');
    const today = todayUtc();
    const results = await this.progression.storedResults(supervisees, today);
    const lastObserved = await this.observations.lastSignedOffObservedOn(
      organisationId,
      supervisees.map((person) => person.id),
    );
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

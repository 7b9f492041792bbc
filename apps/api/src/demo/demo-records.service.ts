import { Injectable } from '@nestjs/common';
import type { AssessedCompetencyKey } from '@ladder/competencies';
import type { SessionUser } from '../access/session-user';
import { daysAgoUtc } from '../common/calendar-date';
import { TenantContext } from '../database/tenant-context';
import { ObservationService } from '../observations/observation.service';
import type { OrganisationRole } from '../access/organisation-role';
import { ProgressionService } from '../progression/progression.service';
import { DEMO_ORGANISATION, DEMO_PEOPLE } from './demo-people';
import { DEMO_INDUCTED_WORKERS, DEMO_OBSERVATIONS, itemIdOf } from './demo-records';

function actor(email: string): SessionUser {
  const person = DEMO_PEOPLE.find((candidate) => candidate.email === email)!;
  return {
    personId: person.id,
    organisationId: DEMO_ORGANISATION.id,
    roles: person.roles as OrganisationRole[],
    isPlatformAdmin: false,
  };
}

/**
 * The demo's records, made through the same services as a person would use:
 * induction dates set by the employer admin, observations planned, scored and
 * signed off by the supervisors. Loaded once: a worker who already has
 * observations is left alone.
 */
@Injectable()
export class DemoRecordsService {
  constructor(
    private readonly tenant: TenantContext,
    private readonly observations: ObservationService,
    private readonly progression: ProgressionService,
  ) {}

  async load(): Promise<void> {
    const admin = actor('admin@demo.ladder.test');
    // Loaded once: a later start changes nothing (no repeated writes or audit entries).
    const firstWorker = actor(DEMO_OBSERVATIONS[0].workerEmail).personId;
    if ((await this.inOrganisation(() => this.observations.list(admin, firstWorker))).length > 0) return;
    await this.inOrganisation(async () => {
      for (const email of DEMO_INDUCTED_WORKERS) {
        await this.progression.setInduction(admin, actor(email).personId, daysAgoUtc(400));
      }
    });
    for (const demo of DEMO_OBSERVATIONS) {
      const worker = actor(demo.workerEmail);
      const supervisor = actor(demo.supervisorEmail);
      await this.inOrganisation(async () => {
        if ((await this.observations.list(admin, worker.personId)).length > 0) return;
        const keys = Object.keys(demo.scores) as AssessedCompetencyKey[];
        const planned = await this.observations.create(supervisor, {
          workerId: worker.personId,
          observedOn: daysAgoUtc(demo.daysAgo),
          setting: 'face-to-face',
          frameworkKey: 'somerset',
          frameworkVersion: '2021.1',
          itemIds: keys.map(itemIdOf),
        });
        const scored = await this.observations.update(supervisor, planned.id, {
          revision: planned.revision,
          items: keys.map((key) => ({
            itemId: itemIdOf(key),
            score: demo.scores[key]!,
            notObserved: false,
            evidenceNotes: 'Observed during a face-to-face appointment.',
          })),
          strengths: demo.strengths,
          developmentAreas: demo.developmentAreas,
          agreedActions: demo.agreedActions,
          consentConfirmed: true,
        });
        await this.observations.signOff(supervisor, planned.id, {
          revision: scored.revision,
          idempotencyKey: demo.signOffKey,
        });
      });
    }
  }

  private inOrganisation<T>(work: () => Promise<T>): Promise<T> {
    return this.tenant.run({ organisationId: DEMO_ORGANISATION.id, platformAdmin: false }, work);
  }
}

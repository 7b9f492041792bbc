import type { ProgressionResult } from '@ladder/dreyfus';
import { accessPolicyOver } from '../../test/support/access-facts';
import { strictMock } from '../../test/support/strict-mock';
import type { SessionUser } from '../access/session-user';
import { todayUtc } from '../common/calendar-date';
import { ForbiddenError } from '../common/domain-errors';
import type { PersonEntity } from '../people/person.entity';
import type { ProgressionService } from '../progression/progression.service';
import type { ObservationRepository } from './observation.repository';
import { observationDue, SuperviseeOverviewService } from './supervisee-overview.service';

describe('observationDue', () => {
  const TODAY = '2026-11-21';
  it.each([
    [null, 'overdue', 'never observed'],
    ['2025-11-20', 'overdue', 'a day more than 12 months ago'],
    ['2025-11-21', 'due-soon', 'exactly 12 months ago still counts as within them'],
    ['2026-05-20', 'due-soon', 'a day more than 6 months ago'],
    ['2026-05-21', 'ok', 'exactly 6 months ago'],
    ['2026-11-21', 'ok', 'today'],
  ] as const)('last observed %s → %s (%s)', (last, due, _why) => {
    expect(observationDue(last, TODAY)).toBe(due);
  });

  it('counts calendar months, using the month’s last day where the day does not exist', () => {
    // Six months before 31 August is 28 February (there is no 31 February).
    expect(observationDue('2026-02-28', '2026-08-31')).toBe('ok');
    expect(observationDue('2026-02-27', '2026-08-31')).toBe('due-soon');
    // Twelve months before 29 February 2028 is 28 February 2027.
    expect(observationDue('2027-02-28', '2028-02-29')).toBe('due-soon');
    expect(observationDue('2027-02-27', '2028-02-29')).toBe('overdue');
  });
});

describe('SuperviseeOverviewService (repositories mocked)', () => {
  const ORG = 'org-1';
  const SUPERVISOR: SessionUser = {
    personId: 'sup',
    organisationId: ORG,
    roles: ['supervisor'],
    isPlatformAdmin: false,
  };
  const WORKER: SessionUser = { ...SUPERVISOR, personId: 'worker', roles: ['link_worker'] };
  const SAM = { id: 'sam', organisationId: ORG, fullName: 'Sam', jobTitle: 'Link worker' } as PersonEntity;
  const LEVEL: ProgressionResult['level'] = { key: 'core', name: 'Core' };

  function serviceFor(superviseeIds: string[]) {
    const { access, facts } = accessPolicyOver({
      currentSuperviseeIds: async () => superviseeIds,
      peopleInOrganisation: async (_org, ids) => [SAM].filter((person) => ids.includes(person.id)),
    });
    const observations = strictMock<ObservationRepository>('ObservationRepository', {
      lastSignedOffObservedOn: async () => new Map([['sam', todayUtc()]]),
    });
    const progression = strictMock<ProgressionService>('ProgressionService', {
      storedResults: async (people) => people.map(() => ({ level: LEVEL }) as ProgressionResult),
    });
    return { service: new SuperviseeOverviewService(access, observations, progression), facts, progression };
  }

  it('lists the current supervisees with their level and how due an observation is', async () => {
    const { service } = serviceFor(['sam']);
    expect(await service.overview(SUPERVISOR)).toEqual([
      {
        workerId: 'sam',
        fullName: 'Sam',
        jobTitle: 'Link worker',
        level: LEVEL,
        lastObservedOn: todayUtc(),
        due: 'ok',
      },
    ]);
  });

  it('refuses anyone but a supervisor before reading anything', async () => {
    const { service, facts, progression } = serviceFor(['sam']);
    await expect(service.overview(WORKER)).rejects.toBeInstanceOf(ForbiddenError);
    expect(facts.currentSuperviseeIds).not.toHaveBeenCalled();
    expect(progression.storedResults).not.toHaveBeenCalled();
  });
});

import { strictMock } from '../../test/support/strict-mock';
import type { TenantContext } from '../database/tenant-context';
import type { ObservationView } from '../observations/dto/observation-view.dto';
import type { ObservationService } from '../observations/observation.service';
import type { ProgressionService } from '../progression/progression.service';
import { DEMO_ORGANISATION, DEMO_PEOPLE } from './demo-people';
import { DEMO_INDUCTED_WORKERS, DEMO_OBSERVATIONS } from './demo-records';
import { DemoRecordsService } from './demo-records.service';

const idOf = (email: string) => DEMO_PEOPLE.find((person) => person.email === email)!.id;

function setUp(existing: (workerId: string) => ObservationView[]) {
  const tenant = strictMock<TenantContext>('TenantContext', { run: (_scope, work) => work() });
  let revision = 0;
  const view = (id: string) => ({ id, revision: ++revision }) as ObservationView;
  const observations = strictMock<ObservationService>('ObservationService', {
    list: async (_admin, workerId) => existing(workerId),
    create: async (_supervisor, dto) => view(`planned-for-${dto.workerId}`),
    update: async (_supervisor, id) => view(id),
    signOff: async (_supervisor, id) => view(id),
  });
  const progression = strictMock<ProgressionService>('ProgressionService', {
    setInduction: async () => ({}) as Awaited<ReturnType<ProgressionService['setInduction']>>,
  });
  return { observations, progression, records: new DemoRecordsService(tenant, observations, progression) };
}

describe('DemoRecordsService (services mocked)', () => {
  it('makes the demo records as people would: inductions by the admin, observations planned, scored, signed off', async () => {
    const { records, observations, progression } = setUp(() => []);
    await records.load();
    const admin = expect.objectContaining({
      personId: idOf('admin@demo.ladder.test'),
      organisationId: DEMO_ORGANISATION.id,
    });
    expect(progression.setInduction.mock.calls.map(([actor, workerId]) => [actor, workerId])).toEqual(
      DEMO_INDUCTED_WORKERS.map((email) => [admin, idOf(email)]),
    );
    expect(observations.create).toHaveBeenCalledTimes(DEMO_OBSERVATIONS.length);
    expect(
      observations.signOff.mock.calls.map(([supervisor, , body]) => [supervisor.personId, body.idempotencyKey]),
    ).toEqual(DEMO_OBSERVATIONS.map((demo) => [idOf(demo.supervisorEmail), demo.signOffKey]));
  });

  it('is loaded once: when the first worker already has observations, it writes nothing at all', async () => {
    const { records, observations, progression } = setUp(() => [{ id: 'existing' } as ObservationView]);
    await records.load();
    expect(observations.list).toHaveBeenCalledTimes(1);
    expect(progression.setInduction).not.toHaveBeenCalled();
    expect(observations.create).not.toHaveBeenCalled();
  });

  it('leaves alone a worker who already has observations, and makes the others’', async () => {
    const first = idOf(DEMO_OBSERVATIONS[0].workerEmail);
    const skipped = idOf(DEMO_OBSERVATIONS[1].workerEmail);
    let firstChecked = false;
    const { records, observations } = setUp((workerId) => {
      if (workerId === first && !firstChecked) {
        firstChecked = true;
        return [];
      }
      return workerId === skipped ? [{ id: 'existing' } as ObservationView] : [];
    });
    await records.load();
    const plannedFor = observations.create.mock.calls.map(([, dto]) => dto.workerId);
    expect(plannedFor).not.toContain(skipped);
    expect(plannedFor).toHaveLength(DEMO_OBSERVATIONS.filter((demo) => idOf(demo.workerEmail) !== skipped).length);
  });
});

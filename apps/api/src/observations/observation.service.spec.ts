import { accessPolicyOver } from '../../test/support/access-facts';
import { strictMock } from '../../test/support/strict-mock';
import type { AccessRepository } from '../access/access.repository';
import type { SessionUser } from '../access/session-user';
import type { AuditService } from '../audit/audit.service';
import { ConflictError, ForbiddenError, InvalidInputError } from '../common/domain-errors';
import type { FrameworkService } from '../frameworks/framework.service';
import type { PersonEntity } from '../people/person.entity';
import type { ProgressionService } from '../progression/progression.service';
import type { ObservationItemEntity } from './observation-item.entity';
import type { ObservationEntity } from './observation.entity';
import { PossibleIdentifiersError } from './observation-errors';
import type { ObservationRepository } from './observation.repository';
import { ObservationService } from './observation.service';

const ORG = 'org-1';
const SUPERVISOR: SessionUser = {
  personId: 'sup-1',
  organisationId: ORG,
  roles: ['supervisor'],
  isPlatformAdmin: false,
};
const PCA = 'somerset:ac.person-centred-approach';
const AUTONOMY = 'somerset:ac.promoting-autonomy';

function item(itemId: string, score: number | null, notObserved = false, evidenceNotes = ''): ObservationItemEntity {
  return { observationId: 'obs-1', itemId, organisationId: ORG, position: 0, score, notObserved, evidenceNotes };
}

function observation(overrides: Partial<ObservationEntity> = {}): ObservationEntity {
  return {
    id: 'obs-1',
    organisationId: ORG,
    workerId: 'worker-1',
    plannedById: 'sup-1',
    supervisorId: 'sup-1',
    variant: 'standard',
    frameworkKey: 'somerset',
    frameworkVersion: '2021.1',
    observedOn: '2026-01-10',
    setting: 'face-to-face',
    status: 'draft',
    revision: 3,
    consentConfirmed: true,
    strengths: '',
    developmentAreas: '',
    agreedActions: '',
    signedOffById: null,
    signedOffAt: null,
    signOffKey: null,
    createKey: null,
    amendsId: null,
    amendmentReason: null,
    createdAt: new Date('2026-01-10T10:00:00Z'),
    updatedAt: new Date('2026-01-10T10:00:00Z'),
    items: [item(PCA, 3)],
    acknowledgement: null,
    ...overrides,
  };
}

describe('ObservationService (repositories mocked)', () => {
  let facts: jest.Mocked<AccessRepository>;
  let repository: jest.Mocked<ObservationRepository>;
  let audit: jest.Mocked<AuditService>;
  let service: ObservationService;

  beforeEach(() => {
    // The caller is a current supervisor of worker-1 unless a test says otherwise.
    const policy = accessPolicyOver({
      personInOrganisation: async () => ({ id: 'worker-1', organisationId: ORG }) as PersonEntity,
      isCurrentSupervisor: async () => true,
    });
    facts = policy.facts;
    // Each test gives the repository calls it expects their answers; any other call fails it.
    repository = strictMock<ObservationRepository>('ObservationRepository', {
      supersededBy: async () => new Map(),
    });
    audit = strictMock<AuditService>('AuditService', { recordAllowed: async () => undefined });
    service = new ObservationService(
      policy.access,
      repository,
      strictMock<FrameworkService>('FrameworkService'),
      strictMock<ProgressionService>('ProgressionService'),
      audit,
    );
  });

  it('checks access before anything else: a refused caller changes nothing', async () => {
    repository.find.mockResolvedValue(observation());
    facts.isCurrentSupervisor.mockResolvedValue(false);
    await expect(service.update(SUPERVISOR, 'obs-1', { revision: 3, strengths: 'x' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(repository.updateDraft).not.toHaveBeenCalled();
    expect(audit.recordAllowed).not.toHaveBeenCalled();
  });

  it('a new identifier without confirmation is a 422 before anything is written', async () => {
    repository.find.mockResolvedValue(observation());
    await expect(
      service.update(SUPERVISOR, 'obs-1', { revision: 3, items: [{ itemId: PCA, evidenceNotes: 'NHS 9434765919' }] }),
    ).rejects.toEqual(new PossibleIdentifiersError([{ field: 'items.0.evidenceNotes', kind: 'nhs-number' }]));
    expect(repository.updateDraft).not.toHaveBeenCalled();
  });

  // The rules themselves are @ladder/evidence's (item-changes.spec.ts, sign-off-readiness.spec.ts);
  // these prove the service answers their refusals as a 400 listing every reason.
  it('item changes the rule refuses are a 400 naming each field, before anything is written', async () => {
    repository.find.mockResolvedValue(observation({ items: [item(PCA, 2), item(AUTONOMY, null, true)] }));
    const refusal = service.update(SUPERVISOR, 'obs-1', {
      revision: 3,
      items: [{ itemId: PCA, score: 1 }, { itemId: PCA, score: 2 }, { itemId: 'y' }],
    });
    await expect(refusal).rejects.toBeInstanceOf(InvalidInputError);
    await expect(refusal).rejects.toMatchObject({
      errors: [
        `items.1.itemId names "${PCA}" more than once`,
        'items.2.itemId must be one of this observation\'s planned items ("y" is not)',
      ],
    });
    expect(repository.updateDraft).not.toHaveBeenCalled();
  });

  it('a draft not ready to sign off is a 400 listing every reason, and is not signed off', async () => {
    repository.find.mockResolvedValue(
      observation({ items: [item(PCA, 3), item(AUTONOMY, null)], consentConfirmed: false }),
    );
    repository.findBySignOffKey.mockResolvedValue(null);
    const refusal = service.signOff(SUPERVISOR, 'obs-1', { revision: 3, idempotencyKey: 'key-1' });
    await expect(refusal).rejects.toBeInstanceOf(InvalidInputError);
    await expect(refusal).rejects.toMatchObject({
      message: 'This observation is not ready to sign off',
      errors: [
        `items.1.score: ${AUTONOMY} needs a score from 0 to 5, or marking as not observed`,
        'consentConfirmed must be true: the person whose session was observed agreed to the observation',
      ],
    });
    expect(repository.signOff).not.toHaveBeenCalled();
  });

  it('a save that loses the revision race is a 409 and writes no items', async () => {
    repository.find.mockResolvedValue(observation());
    repository.updateDraft.mockResolvedValue(false);
    await expect(service.update(SUPERVISOR, 'obs-1', { revision: 3, strengths: 'x' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(repository.updateItems).not.toHaveBeenCalled();
  });

  describe('sign-off', () => {
    it('when a concurrent request with the same key signed it off first, answers with that result, audited once', async () => {
      const signed = observation({ status: 'signed-off', signOffKey: 'key-1', signedOffById: 'sup-1' });
      repository.find.mockResolvedValueOnce(observation()).mockResolvedValue(signed);
      repository.findBySignOffKey.mockResolvedValueOnce(null).mockResolvedValue(signed);
      repository.signOff.mockResolvedValue(false);
      const view = await service.signOff(SUPERVISOR, 'obs-1', { revision: 3, idempotencyKey: 'key-1' });
      expect(view.status).toBe('signed-off');
      expect(audit.recordAllowed).not.toHaveBeenCalled();
    });

    it('when the same key was signed off after this request read the draft, answers with the signed-off result, not the stale draft', async () => {
      const signed = observation({ status: 'signed-off', revision: 4, signOffKey: 'key-1', signedOffById: 'sup-1' });
      // Read as a draft first; by the time the key is looked up the other request has committed.
      repository.find.mockResolvedValueOnce(observation()).mockResolvedValue(signed);
      repository.findBySignOffKey.mockResolvedValue(signed);
      const view = await service.signOff(SUPERVISOR, 'obs-1', { revision: 3, idempotencyKey: 'key-1' });
      expect(view).toMatchObject({ status: 'signed-off', revision: 4 });
      expect(repository.signOff).not.toHaveBeenCalled();
      expect(audit.recordAllowed).not.toHaveBeenCalled();
    });

    it('when the draft moved on under it (another key), is a 409', async () => {
      repository.find.mockResolvedValue(observation());
      repository.findBySignOffKey.mockResolvedValue(null);
      repository.signOff.mockResolvedValue(false);
      await expect(
        service.signOff(SUPERVISOR, 'obs-1', { revision: 3, idempotencyKey: 'key-1' }),
      ).rejects.toBeInstanceOf(ConflictError);
    });

    it('a retry with the key of this sign-off answers with the stored result, whatever revision it names', async () => {
      const signed = observation({ status: 'signed-off', revision: 4, signOffKey: 'key-1', signedOffById: 'sup-1' });
      repository.find.mockResolvedValue(signed);
      repository.findBySignOffKey.mockResolvedValue(signed);
      const view = await service.signOff(SUPERVISOR, 'obs-1', { revision: 1, idempotencyKey: 'key-1' });
      expect(view).toMatchObject({ id: 'obs-1', status: 'signed-off', revision: 4 });
      expect(repository.signOff).not.toHaveBeenCalled();
    });
  });

  it('an amendment that loses the race to the same key answers with the amendment that won', async () => {
    const original = observation({ status: 'signed-off', signOffKey: 'key-0', signedOffById: 'sup-1' });
    const winner = observation({ id: 'obs-2', status: 'signed-off', amendsId: 'obs-1', amendmentReason: 'typo' });
    repository.find.mockImplementation(async (_org, id) => (id === 'obs-1' ? original : winner));
    repository.findBySignOffKey.mockResolvedValueOnce(null).mockResolvedValue(winner);
    repository.insertDraft.mockResolvedValue(null);
    const view = await service.amend(SUPERVISOR, 'obs-1', {
      reason: 'typo',
      idempotencyKey: 'key-2',
      items: [{ itemId: PCA, score: 4 }],
    });
    expect(view).toMatchObject({ id: 'obs-2', amends: { observationId: 'obs-1', reason: 'typo' } });
    expect(repository.signOff).not.toHaveBeenCalled();
  });

  it('an amendment retried while the first commits answers with that amendment, not "already amended"', async () => {
    // The retry's key look-up ran before the first request committed; its "already amended?" check ran after.
    const original = observation({ status: 'signed-off', signOffKey: 'key-0', signedOffById: 'sup-1' });
    const first = observation({ id: 'obs-2', status: 'signed-off', amendsId: 'obs-1', signOffKey: 'key-2' });
    repository.find.mockImplementation(async (_org, id) => (id === 'obs-1' ? original : first));
    repository.findBySignOffKey.mockResolvedValueOnce(null).mockResolvedValue(first);
    repository.supersededBy.mockImplementation(async (_org, ids) =>
      ids.includes('obs-1') ? new Map([['obs-1', 'obs-2']]) : new Map(),
    );
    const view = await service.amend(SUPERVISOR, 'obs-1', {
      reason: 'typo',
      idempotencyKey: 'key-2',
      items: [{ itemId: PCA, score: 4 }],
    });
    expect(view).toMatchObject({ id: 'obs-2', amends: { observationId: 'obs-1' } });
    expect(repository.insertDraft).not.toHaveBeenCalled();
  });
});

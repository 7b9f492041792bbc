import { PLATFORM_ADMIN_USER, sessionUser, TEST_ORGANISATION_ID } from '../../test/support/session-users';
import { AFC_PAY_SCALE_2020_21 } from '@ladder/competencies';
import { SOMERSET_DEFAULT_POLICY } from '@ladder/dreyfus';
import { accessPolicyOver } from '../../test/support/access-facts';
import { strictMock } from '../../test/support/strict-mock';
import type { AuditService } from '../audit/audit.service';
import { todayUtc } from '../common/calendar-date';
import { ForbiddenError, InvalidInputError, NotVisibleError } from '../common/domain-errors';
import type { PayScaleService } from '../pay-scales/pay-scale.service';
import type { PersonEntity } from '../people/person.entity';
import type { PolicyService, ResolvedPolicy } from '../policies/policy.service';
import type { ProgressionEvidenceSource } from './progression-evidence-source';
import { ProgressionService } from './progression.service';
import type { WorkerMilestoneRepository } from './worker-milestone.repository';

const ORG = TEST_ORGANISATION_ID;
const ADMIN = sessionUser('admin', ['employer_admin']);
const WORKER = sessionUser('worker', ['link_worker']);
const OTHER_WORKER = sessionUser('other', ['link_worker']);
const PLATFORM = PLATFORM_ADMIN_USER;

const PERSON = {
  id: 'worker',
  organisationId: ORG,
  roles: ['link_worker'],
  inductionCompletedOn: null,
  widerResponsibilitiesAttestedOn: null,
  experienceStartDate: null,
} as unknown as PersonEntity;
const RESOLVED: ResolvedPolicy = { id: 'policy-1', policy: SOMERSET_DEFAULT_POLICY, firstUsedAt: null };
const MILESTONES = { personId: 'worker', inductionCompletedOn: '2025-10-01', widerResponsibilitiesAttestedOn: null };

describe('ProgressionService (repositories mocked)', () => {
  let policies: jest.Mocked<PolicyService>;
  let payScales: jest.Mocked<PayScaleService>;
  let milestones: jest.Mocked<WorkerMilestoneRepository>;
  let evidence: jest.Mocked<ProgressionEvidenceSource>;
  let audit: jest.Mocked<AuditService>;
  let service: ProgressionService;

  beforeEach(() => {
    const { access } = accessPolicyOver({
      personInOrganisation: async (_org, id) => (id === 'worker' ? PERSON : null),
      isCurrentSupervisor: async () => false,
    });
    policies = strictMock<PolicyService>('PolicyService', {
      resolve: async () => RESOLVED,
      markUsed: async () => undefined,
    });
    payScales = strictMock<PayScaleService>('PayScaleService', { get: async () => AFC_PAY_SCALE_2020_21 });
    milestones = strictMock<WorkerMilestoneRepository>('WorkerMilestoneRepository', {
      setInductionCompletedOn: async () => undefined,
      setWiderResponsibilitiesAttestedOn: async () => undefined,
      find: async () => MILESTONES,
    });
    evidence = strictMock<ProgressionEvidenceSource>('ProgressionEvidenceSource', { evidenceFor: async () => [] });
    audit = strictMock<AuditService>('AuditService', { recordAllowed: async () => undefined });
    service = new ProgressionService(access, policies, payScales, milestones, audit, evidence);
  });

  it('works out the worker’s own progression from stored evidence, under the organisation’s policy', async () => {
    const result = await service.forWorker(WORKER, 'worker', { asOf: '2026-03-01' });
    expect(result.policy).toEqual({ key: SOMERSET_DEFAULT_POLICY.key, version: SOMERSET_DEFAULT_POLICY.version });
    expect(policies.resolve).toHaveBeenCalledWith(ORG);
    expect(evidence.evidenceFor).toHaveBeenCalledWith({ organisationId: ORG, workerId: 'worker' }, '2026-03-01');
    expect(policies.markUsed).toHaveBeenCalledWith(RESOLVED);
  });

  it.each([
    ['someone of the organisation who does not supervise them: 403', OTHER_WORKER, 'worker', ForbiddenError],
    ['a person of another organisation: 404', ADMIN, 'elsewhere', NotVisibleError],
    ['a platform admin: 404', PLATFORM, 'worker', NotVisibleError],
  ])('refuses %s, reading no evidence', async (_case, caller, workerId, error) => {
    await expect(service.forWorker(caller, workerId, {})).rejects.toBeInstanceOf(error);
    expect(evidence.evidenceFor).not.toHaveBeenCalled();
    expect(policies.resolve).not.toHaveBeenCalled();
  });

  it('records induction for an employer admin, audited', async () => {
    expect(await service.setInduction(ADMIN, 'worker', '2025-10-01')).toEqual(MILESTONES);
    expect(milestones.setInductionCompletedOn).toHaveBeenCalledWith(ORG, 'worker', '2025-10-01');
    expect(audit.recordAllowed).toHaveBeenCalledWith(
      ADMIN,
      'person.induction.set',
      { type: 'person', id: 'worker' },
      { completedOn: '2025-10-01' },
    );
  });

  it('records an attestation for an employer admin, audited', async () => {
    await service.setAttestation(ADMIN, 'worker', null);
    expect(milestones.setWiderResponsibilitiesAttestedOn).toHaveBeenCalledWith(ORG, 'worker', null);
    expect(audit.recordAllowed).toHaveBeenCalledWith(
      ADMIN,
      'person.attestation.set',
      { type: 'person', id: 'worker' },
      { attestedOn: null },
    );
  });

  it.each([
    ['the worker themself: 403', WORKER, 'worker', ForbiddenError],
    ['an admin, for a person of another organisation: 404', ADMIN, 'elsewhere', NotVisibleError],
  ])('refuses milestones to %s, writing nothing', async (_case, caller, workerId, error) => {
    await expect(service.setInduction(caller, workerId, '2025-10-01')).rejects.toBeInstanceOf(error);
    await expect(service.setAttestation(caller, workerId, '2025-10-01')).rejects.toBeInstanceOf(error);
    expect(milestones.setInductionCompletedOn).not.toHaveBeenCalled();
    expect(milestones.setWiderResponsibilitiesAttestedOn).not.toHaveBeenCalled();
  });

  it('refuses a milestone dated after today', async () => {
    const tomorrow = new Date(Date.parse(`${todayUtc()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await expect(service.setInduction(ADMIN, 'worker', tomorrow)).rejects.toBeInstanceOf(InvalidInputError);
    expect(milestones.setInductionCompletedOn).not.toHaveBeenCalled();
  });

  it('lets anyone signed in ask what some evidence would amount to, reading nothing of any worker', async () => {
    const result = await service.evaluate(PLATFORM, {
      evidence: [],
      inductionComplete: false,
      asOf: '2026-03-15',
    } as Parameters<ProgressionService['evaluate']>[1]);
    expect(result.level.key).toBeDefined();
    expect(policies.resolve).toHaveBeenCalledWith(null);
    expect(evidence.evidenceFor).not.toHaveBeenCalled();
  });
});

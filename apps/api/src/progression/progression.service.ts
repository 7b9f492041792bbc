import { Inject, Injectable } from '@nestjs/common';
import type { PayScale } from '@ladder/competencies';
import { evaluateProgression, type EvidenceItem, type ProgressionInput, type ProgressionResult } from '@ladder/dreyfus';
import { AccessPolicy } from '../access/access-policy';
import type { SessionUser } from '../access/session-user';
import { AuditService } from '../audit/audit.service';
import { InvalidInputError, NotFoundError } from '../common/domain-errors';
import { PayScaleService } from '../pay-scales/pay-scale.service';
import { todayUtc } from '../common/calendar-date';
import type { PersonEntity } from '../people/person.entity';
import { PolicyService } from '../policies/policy.service';
import { assessedCompetencyKey } from '../common/dreyfus-validators';
import { DEFAULT_PAY_YEAR, type EvaluateProgressionDto } from './dto/evaluate-progression.dto';
import type { WorkerProgressionQueryDto } from './dto/worker-progression-query.dto';
import { engineErrorAsBadRequest } from './engine-errors';
import { PROGRESSION_EVIDENCE_SOURCE, type ProgressionEvidenceSource } from './progression-evidence-source';
import { WorkerMilestoneRepository, type WorkerMilestones } from './worker-milestone.repository';

/**
 * A worker's place on the Somerset ladder, worked out by the engine in libs/dreyfus: from evidence
 * a caller supplies (the what-if calculator), or from what Ladder stores about a worker. Every
 * result names the policy version that produced it, and that policy is recorded as used.
 */
@Injectable()
export class ProgressionService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly policies: PolicyService,
    private readonly payScales: PayScaleService,
    private readonly milestones: WorkerMilestoneRepository,
    private readonly audit: AuditService,
    @Inject(PROGRESSION_EVIDENCE_SOURCE) private readonly evidenceSource: ProgressionEvidenceSource,
  ) {}

  /**
   * What-if: any signed-in person may ask what some evidence would amount to. Nothing about any
   * worker is read or stored, except that the policy used is recorded as used.
   */
  async evaluate(user: SessionUser, body: EvaluateProgressionDto): Promise<ProgressionResult> {
    const policy = body.policy
      ? await this.policies.resolveNamed(user, body.policy)
      : await this.policies.resolve(user.organisationId);
    const payScale = await this.payScale(body.payYear);
    const input: ProgressionInput = {
      evidence: body.evidence.map((item): EvidenceItem => ({
        // The DTO has checked that it names an assessed competency, by key or Somerset item id.
        competency: assessedCompetencyKey(item.competency) as EvidenceItem['competency'],
        score: item.score as EvidenceItem['score'],
        observedOn: item.observedOn,
        signedOffAt: item.signedOffAt,
        signedOff: item.signedOff,
        observationId: item.observationId,
        supervisorId: item.supervisorId,
      })),
      inductionComplete: body.inductionComplete,
      attestation: body.attestationDate ? { attestedOn: body.attestationDate } : null,
      experienceStartDate: body.experienceStartDate ?? null,
    };
    let result: ProgressionResult;
    try {
      result = evaluateProgression(input, policy.policy, payScale, body.asOf);
    } catch (error) {
      throw engineErrorAsBadRequest(error);
    }
    await this.policies.markUsed(policy);
    return result;
  }

  /**
   * A worker's progression from stored records, as of a date (default today, UTC). The worker,
   * their current supervisors and their employer admins only. Uses the organisation's adopted policy.
   */
  async forWorker(user: SessionUser, workerId: string, query: WorkerProgressionQueryDto): Promise<ProgressionResult> {
    const person = await this.access.require(user, 'worker.records.read', { personId: workerId });
    const [result] = await this.storedResults([person], query.asOf ?? todayUtc(), query.payYear);
    return result as ProgressionResult;
  }

  /**
   * The stored-records results of several people of one organisation at one date, in the order
   * given, under the organisation's adopted policy. No access check: callers (the worker's own
   * routes, the supervisor overview, observation planning) check access first.
   */
  async storedResults(people: readonly PersonEntity[], asOf: string, payYear?: string): Promise<ProgressionResult[]> {
    if (people.length === 0) return [];
    const organisationId = people[0].organisationId as string; // people in the caller's organisation
    // One after another: the request's queries share one connection (its transaction).
    const policy = await this.policies.resolve(organisationId);
    const payScale = await this.payScale(payYear);
    // One worker (their own routes): the source's per-worker read. Several (lists): one read for all.
    const evidenceByWorker =
      people.length === 1
        ? new Map([
            [people[0].id, await this.evidenceSource.evidenceFor({ organisationId, workerId: people[0].id }, asOf)],
          ])
        : await this.evidenceSource.evidenceForWorkers(
            organisationId,
            people.map((person) => person.id),
            asOf,
          );
    const results: ProgressionResult[] = [];
    for (const person of people) {
      const input: ProgressionInput = {
        evidence: evidenceByWorker.get(person.id) ?? [],
        // Facts recorded for a date after the as-of date were not true then.
        inductionComplete: onOrBefore(person.inductionCompletedOn, asOf) !== null,
        attestation: attestationAt(person.widerResponsibilitiesAttestedOn, asOf),
        experienceStartDate: person.experienceStartDate,
      };
      // Stored records were validated on the way in: if the engine still refuses them the fault is
      // Ladder's, not the caller's, so its error is left to become a logged 500.
      results.push(evaluateProgression(input, policy.policy, payScale, asOf));
    }
    await this.policies.markUsed(policy);
    return results;
  }

  /** Records when a worker completed local induction (null clears it). Employer admins only; audited. */
  async setInduction(user: SessionUser, workerId: string, completedOn: string | null): Promise<WorkerMilestones> {
    const { organisationId } = await this.access.require(user, 'people.manage', { personId: workerId });
    assertNotFuture('completedOn', completedOn);
    await this.milestones.setInductionCompletedOn(organisationId, workerId, completedOn);
    await this.audit.recordAllowed(user, 'person.induction.set', { type: 'person', id: workerId }, { completedOn });
    return this.milestonesOf(organisationId, workerId);
  }

  /**
   * Records the employer's attestation of a worker's wider responsibilities, leadership or
   * specialisation (null clears it). Employer admins only; audited.
   */
  async setAttestation(user: SessionUser, workerId: string, attestedOn: string | null): Promise<WorkerMilestones> {
    const { organisationId } = await this.access.require(user, 'people.manage', { personId: workerId });
    assertNotFuture('attestedOn', attestedOn);
    await this.milestones.setWiderResponsibilitiesAttestedOn(organisationId, workerId, attestedOn);
    await this.audit.recordAllowed(user, 'person.attestation.set', { type: 'person', id: workerId }, { attestedOn });
    return this.milestonesOf(organisationId, workerId);
  }

  private async milestonesOf(organisationId: string, workerId: string): Promise<WorkerMilestones> {
    const milestones = await this.milestones.find(organisationId, workerId);
    if (!milestones) throw new NotFoundError('Not found');
    return milestones;
  }

  /** A stored pay year (default 2020/21); 404 naming the year when it is not stored. */
  private payScale(year: string | undefined): Promise<PayScale> {
    return this.payScales.get(year ?? DEFAULT_PAY_YEAR);
  }
}

function onOrBefore(date: string | null | undefined, asOf: string): string | null {
  return date !== null && date !== undefined && date <= asOf ? date : null;
}

function attestationAt(date: string | null | undefined, asOf: string): ProgressionInput['attestation'] {
  const attestedOn = onOrBefore(date, asOf);
  return attestedOn === null ? null : { attestedOn };
}

/** Induction and attestation record what has happened: a date after today (UTC) is a mistake. */
function assertNotFuture(field: string, date: string | null): void {
  const today = todayUtc();
  if (date !== null && date > today) {
    throw new InvalidInputError(`${field} must not be after today`, [`${field} must not be after today (${today})`]);
  }
}

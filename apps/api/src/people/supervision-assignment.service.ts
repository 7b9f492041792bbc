import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import type { SessionUser } from '../access/session-user';
import { AuditService } from '../audit/audit.service';
import { ConflictError, InvalidInputError } from '../common/domain-errors';
import { toAssignmentView, type AssignmentView } from './dto/assignment-view.dto';
import type { CreateSupervisionAssignmentDto } from './dto/create-supervision-assignment.dto';
import type { EndSupervisionAssignmentDto } from './dto/end-supervision-assignment.dto';
import { todayUtc } from '../common/calendar-date';
import { SupervisionAssignmentRepository } from './supervision-assignment.repository';

const ASSIGNMENT_OVERLAPS =
  'This supervisor already gives this worker this kind of supervision in that period: end or change that assignment instead';

/** Who supervises whom: employer admins manage them; supervisors see their own. */
@Injectable()
export class SupervisionAssignmentService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly assignments: SupervisionAssignmentRepository,
    private readonly audit: AuditService,
  ) {}

  /** Employer admins: every assignment in the organisation. Supervisors: their own, past and present. */
  async list(user: SessionUser): Promise<AssignmentView[]> {
    const { organisationId, supervisorId } = await this.access.require(user, 'supervision-assignments.read');
    const rows = await this.assignments.listWithPeople(organisationId, supervisorId);
    const today = todayUtc();
    return rows.map((row) => toAssignmentView(row, today));
  }

  async create(user: SessionUser, dto: CreateSupervisionAssignmentDto): Promise<AssignmentView> {
    const { organisationId, supervisor, worker } = await this.access.require(user, 'supervision-assignments.create', {
      supervisorId: dto.supervisorId,
      workerId: dto.workerId,
    });

    const endsOn = dto.endsOn ?? null;
    const errors: string[] = [];
    if (supervisor.id === worker.id) errors.push('workerId must be a different person from supervisorId');
    if (!supervisor.roles.includes('supervisor') || !supervisor.active) {
      errors.push('supervisorId must be an active person with the supervisor role');
    }
    if (!worker.roles.includes('link_worker') || !worker.active) {
      errors.push('workerId must be an active person with the link_worker role');
    }
    if (endsOn !== null && endsOn < dto.startsOn) errors.push('endsOn must be on or after startsOn');
    if (errors.length > 0) throw new InvalidInputError(errors.join('; '), errors);

    const assignment = {
      organisationId,
      supervisorId: supervisor.id,
      workerId: worker.id,
      supervisionType: dto.supervisionType,
      startsOn: dto.startsOn,
      endsOn,
    };
    const created = await this.assignments.insertUnlessOverlapping(assignment);
    if (!created) {
      // A repeated request (a double click, a retry after a lost answer) is answered with what the first one made.
      const identical = await this.assignments.findIdentical(assignment);
      if (identical) return toAssignmentView({ ...identical, supervisor, worker }, todayUtc());
      throw new ConflictError(ASSIGNMENT_OVERLAPS);
    }
    await this.audit.recordAllowed(
      user,
      'supervision-assignment.create',
      { type: 'supervision-assignment', id: created.id },
      { supervisorId: supervisor.id, workerId: worker.id, supervisionType: dto.supervisionType },
    );
    return toAssignmentView({ ...created, supervisor, worker }, todayUtc());
  }

  /** Sets the last day of an assignment (ending it, or correcting when it ends). */
  async end(user: SessionUser, assignmentId: string, dto: EndSupervisionAssignmentDto): Promise<AssignmentView> {
    const found = user.organisationId ? await this.assignments.findWithPeople(user.organisationId, assignmentId) : null;
    const { organisationId, assignment } = await this.access.require(user, 'supervision-assignments.end', {
      assignmentId,
      assignment: found,
    });
    if (dto.endsOn < assignment.startsOn) {
      throw new InvalidInputError('endsOn must be on or after startsOn', [
        `endsOn must be on or after startsOn (${assignment.startsOn})`,
      ]);
    }
    if (!(await this.assignments.setEndsOn(organisationId, assignmentId, dto.endsOn))) {
      throw new ConflictError(
        'That end date would overlap another assignment of this supervisor, worker and kind of supervision',
      );
    }
    await this.audit.recordAllowed(
      user,
      'supervision-assignment.end',
      { type: 'supervision-assignment', id: assignmentId },
      { endsOn: dto.endsOn },
    );
    return toAssignmentView({ ...assignment, endsOn: dto.endsOn }, todayUtc());
  }
}

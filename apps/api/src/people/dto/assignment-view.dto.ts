import { ApiProperty } from '@nestjs/swagger';
import { SUPERVISION_TYPES, type SupervisionAssignmentEntity } from '../supervision-assignment.entity';

export class AssignmentView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  supervisorId!: string;

  @ApiProperty({ example: 'Dr Tom Hughes' })
  supervisorName!: string;

  @ApiProperty({ format: 'uuid' })
  workerId!: string;

  @ApiProperty({ example: 'Sam Patel' })
  workerName!: string;

  @ApiProperty({ enum: SUPERVISION_TYPES })
  supervisionType!: string;

  @ApiProperty({ type: String, format: 'date' })
  startsOn!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The last day; null while open-ended.' })
  endsOn!: string | null;

  @ApiProperty({ description: 'Whether the assignment is in force today (UTC): started, and not ended before today.' })
  current!: boolean;
}

/** The assignment must have been loaded with its supervisor and worker. */
export function toAssignmentView(assignment: SupervisionAssignmentEntity, today: string): AssignmentView {
  return {
    id: assignment.id,
    supervisorId: assignment.supervisorId,
    supervisorName: assignment.supervisor?.fullName ?? '',
    workerId: assignment.workerId,
    workerName: assignment.worker?.fullName ?? '',
    supervisionType: assignment.supervisionType,
    startsOn: assignment.startsOn,
    endsOn: assignment.endsOn,
    current: assignment.startsOn <= today && (assignment.endsOn === null || assignment.endsOn >= today),
  };
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID, ValidateIf } from 'class-validator';
import { SUPERVISION_TYPES, type SupervisionType } from '../supervision-assignment.entity';
import { IsCalendarDate } from './is-calendar-date';

export class CreateSupervisionAssignmentDto {
  @ApiProperty({ format: 'uuid', description: 'A person in your organisation with the supervisor role.' })
  @IsUUID('all', { message: 'supervisorId must be a UUID' })
  supervisorId!: string;

  @ApiProperty({ format: 'uuid', description: 'A person in your organisation with the link_worker role.' })
  @IsUUID('all', { message: 'workerId must be a UUID' })
  workerId!: string;

  @ApiProperty({ enum: SUPERVISION_TYPES })
  @IsIn(SUPERVISION_TYPES, { message: `supervisionType must be one of ${SUPERVISION_TYPES.join(', ')}` })
  supervisionType!: SupervisionType;

  @ApiProperty({ type: String, format: 'date', example: '2026-01-05' })
  @IsCalendarDate()
  startsOn!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The last day of the assignment; omit or null for open-ended. On or after startsOn.',
  })
  @ValidateIf((_: object, value: unknown) => value !== undefined && value !== null)
  @IsCalendarDate()
  endsOn?: string | null;
}

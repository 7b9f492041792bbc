import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from './is-calendar-date';

export class EndSupervisionAssignmentDto {
  @ApiProperty({
    type: String,
    format: 'date',
    example: '2026-03-31',
    description: 'The last day of the assignment (it is current up to and including this day); on or after startsOn.',
  })
  @IsCalendarDate()
  endsOn!: string;
}

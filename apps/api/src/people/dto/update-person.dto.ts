import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ORGANISATION_ROLES, type OrganisationRole } from '../person.entity';
import { SUPERVISION_TYPES, type SupervisionType } from '../supervision-assignment.entity';
import { IsCalendarDate } from './is-calendar-date';
import { IsRoleList, IsSupervisionTypeList } from './role-fields';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const present = (_: object, value: unknown) => value !== undefined;
const presentAndNotNull = (_: object, value: unknown) => value !== undefined && value !== null;

/** What an employer admin may change about a person; send only the fields to change. */
export class UpdatePersonDto {
  @ApiPropertyOptional({ enum: ORGANISATION_ROLES, isArray: true, example: ['link_worker', 'supervisor'] })
  @ValidateIf(present)
  @IsRoleList()
  roles?: OrganisationRole[];

  @ApiPropertyOptional({ enum: SUPERVISION_TYPES, isArray: true, example: ['clinical'] })
  @ValidateIf(present)
  @IsSupervisionTypeList()
  supervisionTypes?: SupervisionType[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, description: 'null clears it.' })
  @Transform(trimmed)
  @ValidateIf(presentAndNotNull)
  @IsString({ message: 'jobTitle must be text' })
  @MinLength(1, { message: 'jobTitle must not be empty (send null to clear it)' })
  @MaxLength(200, { message: 'jobTitle must be at most 200 characters' })
  jobTitle?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  @ValidateIf(presentAndNotNull)
  @IsCalendarDate()
  experienceStartDate?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  @ValidateIf(presentAndNotNull)
  @IsCalendarDate()
  employmentStartDate?: string | null;

  @ApiPropertyOptional({ description: 'false deactivates the person and ends their sessions at once.' })
  @ValidateIf(present)
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}

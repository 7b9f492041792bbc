import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsNormalisedEmail } from '../../people/dto/email-field';
import { IsRoleList, IsSupervisionTypeList } from '../../people/dto/role-fields';
import { ORGANISATION_ROLES, type OrganisationRole } from '../../people/person.entity';
import { SUPERVISION_TYPES, type SupervisionType } from '../../people/supervision-assignment.entity';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateInvitationDto {
  @ApiProperty({ example: 'new.worker@example.org' })
  @IsNormalisedEmail()
  email!: string;

  @ApiProperty({ example: 'Rowan Ellis', maxLength: 200 })
  @Transform(trimmed)
  @IsString({ message: 'fullName must be text' })
  @MinLength(1, { message: 'fullName must not be empty' })
  @MaxLength(200, { message: 'fullName must be at most 200 characters' })
  fullName!: string;

  @ApiPropertyOptional({ example: 'Social Prescribing Link Worker', maxLength: 200 })
  @Transform(trimmed)
  @IsOptional()
  @IsString({ message: 'jobTitle must be text' })
  @MinLength(1, { message: 'jobTitle must not be empty' })
  @MaxLength(200, { message: 'jobTitle must be at most 200 characters' })
  jobTitle?: string;

  @ApiProperty({ enum: ORGANISATION_ROLES, isArray: true, example: ['link_worker'] })
  @IsRoleList()
  roles!: OrganisationRole[];

  @ApiPropertyOptional({ enum: SUPERVISION_TYPES, isArray: true, example: [] })
  @IsOptional()
  @IsSupervisionTypeList()
  supervisionTypes?: SupervisionType[];
}

import { ApiProperty } from '@nestjs/swagger';
import { ORGANISATION_ROLES, type PersonEntity } from '../person.entity';
import { SUPERVISION_TYPES } from '../supervision-assignment.entity';

/** A person as the API shows them: never their password hash or platform flags. */
export class PersonView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'sam.link@demo.ladder.test' })
  email!: string;

  @ApiProperty({ example: 'Sam Patel' })
  fullName!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Social Prescribing Link Worker' })
  jobTitle!: string | null;

  @ApiProperty({ enum: ORGANISATION_ROLES, isArray: true })
  roles!: string[];

  @ApiProperty({ enum: SUPERVISION_TYPES, isArray: true, description: 'For supervisors: the supervision they give.' })
  supervisionTypes!: string[];

  @ApiProperty({ description: 'False once deactivated: the person cannot sign in.' })
  active!: boolean;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2023-02-01' })
  experienceStartDate!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2023-02-01' })
  employmentStartDate!: string | null;
}

export function toPersonView(person: PersonEntity): PersonView {
  return {
    id: person.id,
    email: person.email,
    fullName: person.fullName,
    jobTitle: person.jobTitle,
    roles: person.roles,
    supervisionTypes: person.supervisionTypes,
    active: person.active,
    experienceStartDate: person.experienceStartDate,
    employmentStartDate: person.employmentStartDate,
  };
}

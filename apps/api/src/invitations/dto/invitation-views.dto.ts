import { ApiProperty } from '@nestjs/swagger';
import { ORGANISATION_ROLES } from '../../people/person.entity';

/** A pending invitation, as its organisation's employer admins see it. */
export class InvitationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'new.worker@example.org' })
  email!: string;

  @ApiProperty({ example: 'Rowan Ellis' })
  fullName!: string;

  @ApiProperty({ enum: ORGANISATION_ROLES, isArray: true })
  roles!: string[];

  @ApiProperty({ type: String, format: 'date-time' })
  expiresAt!: string;
}

/** What the invitation link's page shows before the person sets a password. */
export class PublicInvitationView {
  @ApiProperty({ example: 'new.worker@example.org' })
  email!: string;

  @ApiProperty({ example: 'Rowan Ellis' })
  fullName!: string;

  @ApiProperty({ example: 'Mendip Demo Primary Care Network' })
  organisationName!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  expiresAt!: string;
}

export class AcceptedInvitationView {
  @ApiProperty({ example: 'new.worker@example.org', description: 'Sign in with this email and the new password.' })
  email!: string;
}

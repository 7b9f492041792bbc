import { ApiProperty } from '@nestjs/swagger';
import { ORGANISATION_ROLES } from '../../people/person.entity';
import type { MeView as MeShape } from '../me.service';
import type {
  RecoveryCodesView as RecoveryCodesShape,
  TotpSetupView as TotpSetupShape,
} from '../second-factor.service';

export class CsrfTokenView {
  @ApiProperty({ description: 'Send it in X-CSRF-Token on every POST, PUT, PATCH and DELETE.' })
  csrfToken!: string;
}

export class OrganisationRefView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Mendip Primary Care Network' })
  name!: string;
}

/** The signed-in person. */
export class MeView implements MeShape {
  @ApiProperty({ format: 'uuid' })
  personId!: string;

  @ApiProperty({ example: 'sam.link@demo.ladder.test' })
  email!: string;

  @ApiProperty({ example: 'Sam Patel' })
  fullName!: string;

  @ApiProperty({ type: String, nullable: true })
  jobTitle!: string | null;

  @ApiProperty({ type: OrganisationRefView, nullable: true, description: 'null for platform administrators.' })
  organisation!: OrganisationRefView | null;

  @ApiProperty({ enum: ORGANISATION_ROLES, isArray: true })
  roles!: string[];

  @ApiProperty()
  isPlatformAdmin!: boolean;

  @ApiProperty({ description: 'Two-step verification is on.' })
  totpEnabled!: boolean;

  @ApiProperty({ description: 'The person’s role must use two-step verification (outside demo mode).' })
  totpRequired!: boolean;
}

export class TotpSetupView implements TotpSetupShape {
  @ApiProperty({ description: 'Base32 secret, for typing into the authenticator app.' })
  secret!: string;

  @ApiProperty({ example: 'otpauth://totp/Ladder:sam.link%40demo.ladder.test?secret=…', description: 'For a QR code.' })
  otpauthUrl!: string;
}

export class RecoveryCodesView implements RecoveryCodesShape {
  @ApiProperty({ type: [String], description: 'Ten single-use recovery codes, shown this once.' })
  recoveryCodes!: string[];
}

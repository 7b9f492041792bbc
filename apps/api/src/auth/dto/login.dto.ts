import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** A recovery code as printed (`abcd-efgh-jkmn-pqrs`); case, spaces and hyphens are forgiven. */
export const RECOVERY_CODE_PATTERN = /^\s*[0-9a-z]{4}([\s-]?[0-9a-z]{4}){3}\s*$/i;

export class LoginDto {
  @ApiProperty({ example: 'sam.link@demo.ladder.test' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'ladder-demo-2026' })
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(256)
  password!: string;

  @ApiPropertyOptional({ description: 'Six-digit code from an authenticator app, when the account requires one.' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'totp must be the six digits from your authenticator app' })
  totp?: string;

  @ApiPropertyOptional({
    description: 'Instead of `totp`: one of the single-use recovery codes given when two-step verification was set up.',
    example: 'abcd-efgh-jkmn-pqrs',
  })
  @IsOptional()
  @Matches(RECOVERY_CODE_PATTERN, { message: 'recoveryCode must be a recovery code like abcd-efgh-jkmn-pqrs' })
  recoveryCode?: string;
}

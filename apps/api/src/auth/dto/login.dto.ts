import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

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
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The body of every 4xx/5xx answer, as `DomainErrorFilter` (and, for sign-in, `AuthErrorFilter`) writes it. */
export class ErrorBodyView {
  @ApiProperty({ type: 'integer', example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'Bad Request', description: 'The HTTP status name.' })
  error!: string;

  @ApiProperty({ example: 'score must be a whole number from 0 to 5', description: 'For people: what went wrong.' })
  message!: string;

  @ApiPropertyOptional({ type: [String], description: 'On a 400: one message per bad field.' })
  errors?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'On a 500: the reference to quote to support.' })
  correlationId?: string;

  @ApiPropertyOptional({
    description: 'On a sign-in 401: a code from the authenticator app (or a recovery code) is needed.',
  })
  totpRequired?: boolean;

  @ApiPropertyOptional({ type: 'integer', description: 'On a 429: seconds until another attempt is allowed.' })
  retryAfterSeconds?: number;
}

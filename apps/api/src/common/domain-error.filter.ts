import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../access/session-user';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
} from './database-unavailable';
import { DomainError, ForbiddenError, InvalidInputError, NotVisibleError } from './domain-errors';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors?: string[];
  correlationId?: string;
}

const STATUS_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * The one place errors become HTTP responses. Unknown errors are logged with a
 * correlation id and answered with a 500 that carries only that id — never a
 * stack trace or SQL.
 */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly audit?: AuditService) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const body = this.toBody(exception);
    if (exception instanceof ForbiddenError) await this.recordDenial(exception, http.getRequest());
    if (body.statusCode === 503) res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    res.status(body.statusCode).json(body);
  }

  private async recordDenial(error: ForbiddenError, req: Request & { sessionUser?: SessionUser }): Promise<void> {
    try {
      await this.audit?.recordDenied(
        req.sessionUser ?? null,
        `${req.method} ${req.route?.path ?? req.path}`,
        error.target,
        {
          status: error.status,
        },
      );
    } catch (failure) {
      this.logger.error(
        `Could not write a denial to the audit log: ${failure instanceof Error ? failure.name : 'error'}`,
      );
    }
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      // A record outside the organisation gets the same body as one that does not exist.
      const body: ErrorBody = {
        statusCode: exception.status,
        error: STATUS_NAMES[exception.status] ?? 'Error',
        message: exception instanceof NotVisibleError ? exception.answer : exception.message,
      };
      if (exception instanceof InvalidInputError) body.errors = exception.errors;
      return body;
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const raw =
        typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : response;
      const messages = Array.isArray(raw) ? raw.map(String) : [String(raw ?? exception.message)];
      const body: ErrorBody = {
        statusCode,
        error: STATUS_NAMES[statusCode] ?? 'Error',
        message: messages.join('; '),
      };
      if (Array.isArray(raw)) body.errors = messages;
      return body;
    }
    // body-parser and similar middleware errors carry a safe 4xx status (too large, malformed JSON).
    const status = (exception as { status?: unknown; expose?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500 && (exception as { expose?: unknown }).expose) {
      const message = status === 413 ? 'The request body is too large' : 'The request body is not valid JSON';
      return { statusCode: status, error: STATUS_NAMES[status] ?? 'Error', message };
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`The database is unreachable (${(exception as { code?: unknown }).code ?? 'no code'}): 503`);
      return { statusCode: 503, error: STATUS_NAMES[503], message: DATABASE_UNAVAILABLE_MESSAGE };
    }
    const correlationId = randomUUID();
    // Only the error's class and message: request bodies may hold personal data.
    // The class, PostgreSQL's error code and where it was thrown — never the message, which can
    // repeat input (PostgreSQL quotes the offending value), and never the request.
    const summary =
      exception instanceof Error
        ? [exception.name, (exception as { code?: unknown }).code, exception.stack?.split('\n')[1]?.trim()]
            .filter((part) => typeof part === 'string' && part.length > 0)
            .join(' | ')
        : 'non-error thrown';
    this.logger.error(`Unhandled error ${correlationId}: ${summary}`);
    return {
      statusCode: 500,
      error: STATUS_NAMES[500],
      message: 'Something went wrong on our side. Quote this reference if you contact support.',
      correlationId,
    };
  }
}

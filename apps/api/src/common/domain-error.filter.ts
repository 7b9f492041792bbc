import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { DomainError, InvalidInputError } from './domain-errors';

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

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const body: ErrorBody = {
        statusCode: exception.status,
        error: STATUS_NAMES[exception.status] ?? 'Error',
        message: exception.message,
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
    const correlationId = randomUUID();
    // Only the error's class and message: request bodies may hold personal data.
    const summary = exception instanceof Error ? `${exception.name}: ${exception.message}` : 'non-error thrown';
    this.logger.error(`Unhandled error ${correlationId}: ${summary}`);
    return {
      statusCode: 500,
      error: STATUS_NAMES[500],
      message: 'Something went wrong on our side. Quote this reference if you contact support.',
      correlationId,
    };
  }
}

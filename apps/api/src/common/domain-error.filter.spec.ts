import { ArgumentsHost, Logger } from '@nestjs/common';
import { DomainErrorFilter } from './domain-error.filter';
import { InvalidInputError, NotVisibleError } from './domain-errors';

function hostCapturing(): { host: ArgumentsHost; sent: { status?: number; body?: Record<string, unknown> } } {
  const sent: { status?: number; body?: Record<string, unknown> } = {};
  const response = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: Record<string, unknown>) {
      sent.body = body;
    },
  };
  const request = { method: 'GET', path: '/api/x' };
  const host = {
    switchToHttp: () => ({ getResponse: () => response, getRequest: () => request }),
  } as unknown as ArgumentsHost;
  return { host, sent };
}

describe('DomainErrorFilter', () => {
  afterEach(() => jest.restoreAllMocks());

  it('answers an unknown error with a 500 and a correlation id, and logs neither the message nor the input', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { host, sent } = hostCapturing();
    const error = Object.assign(new Error('invalid input syntax for type uuid: "sam.link@demo.ladder.test"'), {
      name: 'QueryFailedError',
      code: '22P02',
    });

    await new DomainErrorFilter().catch(error, host);

    expect(sent.status).toBe(500);
    expect(sent.body?.correlationId).toEqual(expect.any(String));
    expect(JSON.stringify(sent.body)).not.toContain('sam.link');
    const line = String(logged.mock.calls[0][0]);
    expect(line).toContain('QueryFailedError | 22P02');
    expect(line).toContain(String(sent.body?.correlationId));
    expect(line).not.toContain('sam.link');
  });

  it('lists the fields of an invalid input', async () => {
    const { host, sent } = hostCapturing();
    await new DomainErrorFilter().catch(new InvalidInputError('Bad', ['score must be 0 to 5']), host);
    expect(sent).toEqual({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: 'Bad', errors: ['score must be 0 to 5'] },
    });
  });

  it('answers a record outside the organisation exactly like a missing one', async () => {
    const { host, sent } = hostCapturing();
    await new DomainErrorFilter().catch(new NotVisibleError('Person 123 is in another organisation'), host);
    expect(sent).toEqual({ status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Not found' } });
  });
});

import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused', withCode('ECONNREFUSED'), true],
    ['the server shutting down', withCode('57P01', 'terminating connection due to administrator command'), true],
    ['the server starting up', withCode('57P03', 'the database system is starting up'), true],
    ['a connection exception', withCode('08006'), true],
    ['a dropped connection', new Error('Connection terminated unexpectedly'), true],
    ['a pool timeout', new Error('timeout exceeded when trying to connect'), true],
    ['wrapped by TypeORM', Object.assign(new Error('query failed'), { driverError: withCode('57P01') }), true],
    ['every attempt refused', new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]), true],
    ['a refused query: unique violation', withCode('23505'), false],
    ['a refused query: insufficient privilege', withCode('42501'), false],
    ['a plain bug', new TypeError('x is undefined'), false],
    ['not an error at all', 'ECONNREFUSED', false],
  ])('%s → %s', (_name, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});

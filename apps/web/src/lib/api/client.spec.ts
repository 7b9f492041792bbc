import { describe, expect, it } from 'vitest';
import { apiUrl } from './client';

describe('apiUrl', () => {
  it.each([
    ['/api/people', {}, '/api/people'],
    ['/api/people/{id}', { path: { id: 'a/b c' } }, '/api/people/a%2Fb%20c'],
    [
      '/api/frameworks/{key}/versions/{version}',
      { path: { key: 'wales-sp', version: '2023.1' } },
      '/api/frameworks/wales-sp/versions/2023.1',
    ],
    ['/api/observations', { query: { workerId: 'x&y' } }, '/api/observations?workerId=x%26y'],
    ['/api/people/{id}/progression', { path: { id: '1' }, query: { asOf: undefined } }, '/api/people/1/progression'],
  ])('%s with %j is %s', (path, params, expected) => {
    expect(apiUrl(path, params)).toBe(expected);
  });

  it('refuses a path parameter left out', () => {
    expect(() => apiUrl('/api/people/{id}', {})).toThrow('/api/people/{id}: no value for {id}');
  });
});

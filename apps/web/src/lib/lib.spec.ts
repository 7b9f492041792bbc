import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, isoFromParts } from './dates';
import { problemFromMessage, problemsFromError, type FieldSpec } from './field-errors';
import { ApiError, forgetCsrfToken, getJson, patchJson, postJson } from './http';

afterEach(() => {
  vi.unstubAllGlobals();
  forgetCsrfToken();
});

const FIELDS: FieldSpec[] = [
  { apiName: 'email', inputId: 'email', label: 'Email address' },
  { apiName: 'supervisionTypes', inputId: 'supervision-type-workplace', label: 'Supervision types' },
];

describe('problemFromMessage: API messages that name their field', () => {
  it.each([
    ['email must be an email address', { field: 'email', message: 'Email address must be an email address' }],
    [
      'supervisionTypes must each be one of workplace, clinical, group',
      {
        field: 'supervision-type-workplace',
        message: 'Supervision types must each be one of workplace, clinical, group',
      },
    ],
    ['emailing failed', { message: 'Emailing failed' }],
    ['Something else went wrong', { message: 'Something else went wrong' }],
  ])('%s', (message, expected) => {
    expect(problemFromMessage(message, FIELDS)).toEqual(expected);
  });

  it('falls back to the message, and hides server failures behind a sorry', () => {
    expect(problemsFromError(new ApiError(409, 'Already invited'), FIELDS)).toEqual([{ message: 'Already invited' }]);
    expect(problemsFromError(new ApiError(500, 'stack trace'), FIELDS)).toEqual([
      { message: 'Sorry, there is a problem with the service. Try again later.' },
    ]);
    expect(problemsFromError(new TypeError('Failed to fetch'), FIELDS)[0].message).toMatch(/Check your connection/);
  });
});

describe('dates', () => {
  it.each([
    [{ day: '5', month: '1', year: '2026' }, '2026-01-05'],
    [{ day: ' 29 ', month: '02', year: '2024' }, '2024-02-29'],
    [{ day: '29', month: '2', year: '2025' }, null],
    [{ day: '31', month: '4', year: '2026' }, null],
    [{ day: '1', month: '13', year: '2026' }, null],
    [{ day: '1', month: '1', year: '26' }, null],
    [{ day: 'x', month: '1', year: '2026' }, null],
  ])('isoFromParts(%o) is %s', (parts, expected) => {
    expect(isoFromParts(parts)).toBe(expected);
  });

  it('formats dates the NHS.UK way', () => {
    expect(formatDate('2026-03-05')).toBe('5 March 2026');
    expect(formatDate('2026-03-12T23:30:00.000Z')).toBe('12 March 2026');
  });
});

describe('http', () => {
  function stubFetch(answer: (url: string, init?: RequestInit) => Response) {
    const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => answer(String(input), init));
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  }
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

  it('fetches the CSRF token once, keeps it in memory, and sends it with every change', async () => {
    const fetchMock = stubFetch((url) =>
      url === '/api/auth/csrf' ? json({ csrfToken: 'abc' }) : new Response(null, { status: 204 }),
    );
    await expect(postJson('/api/auth/logout')).resolves.toBeUndefined();
    await patchJson('/api/people/1', { active: false });
    expect(fetchMock.mock.calls.filter(([url]) => url === '/api/auth/csrf')).toHaveLength(1);
    const [, patch] = fetchMock.mock.calls[2];
    expect(patch?.method).toBe('PATCH');
    expect(new Headers(patch?.headers).get('X-CSRF-Token')).toBe('abc');
    expect(new Headers(patch?.headers).get('Content-Type')).toBe('application/json');
    expect(patch?.body).toBe('{"active":false}');
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
  });

  it('retries a CSRF refusal once only, then gives up with the API’s error', async () => {
    let tokens = 0;
    const fetchMock = stubFetch((url) =>
      url === '/api/auth/csrf'
        ? json({ csrfToken: `token-${++tokens}` })
        : json({ statusCode: 403, message: 'Missing or invalid CSRF token' }, 403),
    );
    await expect(postJson('/api/invitations', {})).rejects.toMatchObject({ status: 403 });
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      '/api/auth/csrf',
      '/api/invitations',
      '/api/auth/csrf',
      '/api/invitations',
    ]);
  });

  it('does not retry a 403 that is about something else', async () => {
    const fetchMock = stubFetch((url) =>
      url === '/api/auth/csrf'
        ? json({ csrfToken: 'abc' })
        : json({ statusCode: 403, message: 'Only employer administrators can do this' }, 403),
    );
    await expect(postJson('/api/invitations', {})).rejects.toMatchObject({
      status: 403,
      message: 'Only employer administrators can do this',
    });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('keeps the whole error body, with field errors', async () => {
    stubFetch(() =>
      json(
        { statusCode: 401, message: 'Enter the 6-digit code', totpRequired: true, errors: ['totp is not right'] },
        401,
      ),
    );
    const error = (await getJson('/api/auth/me').catch((caught: unknown) => caught)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.errors).toEqual(['totp is not right']);
    expect(error.body.totpRequired).toBe(true);
  });
});

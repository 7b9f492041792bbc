import type { CsrfTokenView } from './api/schema.gen';

/** An API error with the server's message (and field errors, when it gave them), for showing to the person. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: string[] = [],
    /** The whole error body, for the few answers that carry more (e.g. `totpRequired`, `retryAfterSeconds`). */
    readonly body: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const CSRF_HEADER = 'X-CSRF-Token';

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text().catch(() => '');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toError(response: Response, body: unknown): ApiError {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const errors = Array.isArray(record.errors) ? record.errors.map(String) : [];
  const message = typeof record.message === 'string' ? record.message : `Request failed (${response.status})`;
  return new ApiError(response.status, message, errors, record);
}

/** GETs JSON from the API (same origin, cookies included). */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal });
  const body = await readBody(response);
  if (!response.ok) throw toError(response, body);
  return body as T;
}

/**
 * The CSRF token, fetched once and kept in memory only (never in storage): the
 * API wants it echoed in `X-CSRF-Token` on every state-changing request, and
 * sets the matching cookie itself.
 */
let csrfToken: Promise<string> | undefined;

function currentCsrfToken(): Promise<string> {
  csrfToken ??= getJson<CsrfTokenView>('/api/auth/csrf').then(
    ({ csrfToken: token }) => token,
    (error: unknown) => {
      csrfToken = undefined;
      throw error;
    },
  );
  return csrfToken;
}

/** Forgets the cached CSRF token, so the next request fetches a fresh one. */
export function forgetCsrfToken(): void {
  csrfToken = undefined;
}

function isCsrfRejection(error: ApiError): boolean {
  return error.status === 403 && /csrf/i.test(error.message);
}

async function send<T>(method: Method, path: string, payload: unknown, retried: boolean): Promise<T> {
  const token = await currentCsrfToken();
  const headers: Record<string, string> = { Accept: 'application/json', [CSRF_HEADER]: token };
  if (payload !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers,
    body: payload === undefined ? undefined : JSON.stringify(payload),
  });
  const body = await readBody(response);
  if (response.ok) return body as T;
  const error = toError(response, body);
  // The cookie may have been replaced (another tab, a cleared cookie): fetch a fresh token and try once more.
  if (!retried && isCsrfRejection(error)) {
    forgetCsrfToken();
    return send<T>(method, path, payload, true);
  }
  throw error;
}

/** POSTs JSON with the CSRF header; resolves to the response body (undefined for 204). */
export function postJson<T = void>(path: string, payload?: unknown): Promise<T> {
  return send<T>('POST', path, payload, false);
}

export function putJson<T = void>(path: string, payload?: unknown): Promise<T> {
  return send<T>('PUT', path, payload, false);
}

export function patchJson<T = void>(path: string, payload?: unknown): Promise<T> {
  return send<T>('PATCH', path, payload, false);
}

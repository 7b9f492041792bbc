/** An API error with the server's message, for showing to the person. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** GETs JSON from the API (same origin, cookies included). */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const { message, errors } = (body ?? {}) as { message?: string; errors?: string[] };
    throw new ApiError(response.status, message ?? `Request failed (${response.status})`, errors ?? []);
  }
  return body as T;
}

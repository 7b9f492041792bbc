import { ApiError } from './http';

/**
 * The react-query `retry` for reads: once, unless the API answered with a client
 * error (signed out, no access, an unknown framework, version or person), which
 * will not change, and asking again only delays the page that says so.
 */
export function retryUnlessClientError(failureCount: number, error: Error): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 1;
}

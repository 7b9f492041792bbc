import { ApiError } from '../../../lib/http';

/** Retries once, unless the API answered with a client error (signed out, no access, not found), which will not change. */
export function retryUnlessClientError(failureCount: number, error: Error): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 1;
}

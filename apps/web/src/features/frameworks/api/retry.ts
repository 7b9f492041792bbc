import { ApiError } from '../../../lib/http';

/**
 * Retries a failed framework request once, unless the API answered with a client
 * error: an unknown framework or version stays unknown, and asking again only
 * delays the not-found page.
 */
export function retryUnlessClientError(failureCount: number, error: Error): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 1;
}

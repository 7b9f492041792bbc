import { QueryClient } from '@tanstack/react-query';
import { retryUnlessClientError } from '../lib/retry';

/**
 * Server state lives in react-query only; nothing is persisted in the browser. The defaults are
 * set here once: a query factory states only where it differs (e.g. `staleTime: 0` for what
 * others change). A read is retried once, unless the API answered with a client error.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: retryUnlessClientError, refetchOnWindowFocus: false },
    },
  });
}

import { QueryClient } from '@tanstack/react-query';

/** Server state lives in react-query only; nothing is persisted in the browser. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
    },
  });
}

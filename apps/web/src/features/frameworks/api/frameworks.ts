import type { FrameworkSummaryView as FrameworkSummary } from '../../../lib/api/schema.gen';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/http';
import { retryUnlessClientError } from '../../../lib/retry';

/** Every framework Ladder holds, with its versions. */
export function fetchFrameworks(signal?: AbortSignal): Promise<FrameworkSummary[]> {
  return getJson<FrameworkSummary[]>('/api/frameworks', signal);
}

export const frameworksQuery = () =>
  queryOptions({
    queryKey: ['frameworks'] as const,
    queryFn: ({ signal }) => fetchFrameworks(signal),
    retry: retryUnlessClientError,
  });

export function useFrameworks() {
  return useQuery(frameworksQuery());
}

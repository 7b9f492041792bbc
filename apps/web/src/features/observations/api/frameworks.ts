import type { FrameworkSummaryView as FrameworkSummary, FrameworkVersionView } from '../../../lib/api/schema.gen';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/http';
import { retryUnlessClientError } from '../../../lib/retry';

/**
 * The frameworks an observation can be planned against, and one version's item tree (for the
 * competencies' names, rubrics and key features). The same public API the framework browser
 * reads; features do not share code, so this feature keeps its own keys (outside the observations
 * key, so a change to an observation does not refetch a framework).
 */
export function fetchFrameworkSummaries(signal?: AbortSignal): Promise<FrameworkSummary[]> {
  return getJson<FrameworkSummary[]>('/api/frameworks', signal);
}

export const frameworkSummariesQuery = () =>
  queryOptions({
    queryKey: ['observation-frameworks'] as const,
    queryFn: ({ signal }) => fetchFrameworkSummaries(signal),
    retry: retryUnlessClientError,
  });

export function useFrameworkSummaries() {
  return useQuery(frameworkSummariesQuery());
}

export function fetchFrameworkVersion(key: string, version: string, signal?: AbortSignal) {
  return getJson<FrameworkVersionView>(
    `/api/frameworks/${encodeURIComponent(key)}/versions/${encodeURIComponent(version)}`,
    signal,
  );
}

/** A published version never changes; `current` may move on after a release, so it goes stale as usual. */
export const frameworkVersionQuery = (key: string, version: string) =>
  queryOptions({
    queryKey: ['observation-frameworks', key, version] as const,
    queryFn: ({ signal }) => fetchFrameworkVersion(key, version, signal),
    staleTime: version === 'current' ? 30_000 : Infinity,
    retry: retryUnlessClientError,
  });

export function useFrameworkVersion(key: string | undefined, version: string | undefined) {
  return useQuery({
    ...frameworkVersionQuery(key ?? '', version ?? ''),
    enabled: Boolean(key && version),
  });
}

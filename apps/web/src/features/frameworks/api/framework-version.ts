import type { FrameworkVersionView } from '../../../lib/api/schema.gen';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/http';
import { retryUnlessClientError } from '../../../lib/retry';

/**
 * One version of a framework: its item tree and the crosswalk entries for its items.
 * `version` may be `current`, which the API resolves to the current version.
 */
export function fetchFrameworkVersion(
  key: string,
  version: string,
  signal?: AbortSignal,
): Promise<FrameworkVersionView> {
  return getJson<FrameworkVersionView>(
    `/api/frameworks/${encodeURIComponent(key)}/versions/${encodeURIComponent(version)}`,
    signal,
  );
}

/**
 * Published versions never change, but `current` can point at a newer one after a
 * release, so the cached view follows the app's usual staleness rather than living forever.
 */
export const frameworkVersionQuery = (key: string, version: string) =>
  queryOptions({
    queryKey: ['frameworks', key, 'versions', version] as const,
    queryFn: ({ signal }) => fetchFrameworkVersion(key, version, signal),
    retry: retryUnlessClientError,
  });

export function useFrameworkVersion(key: string, version: string) {
  return useQuery(frameworkVersionQuery(key, version));
}

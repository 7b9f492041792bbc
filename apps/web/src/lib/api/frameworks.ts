import { queryOptions, useQuery } from '@tanstack/react-query';

import type { FrameworkSummaryView, FrameworkVersionView } from './schema.gen';
import { apiGet } from './client';

/*
 * The frameworks and their versions: public documents that the framework browser and the
 * observation pages both read, so they are fetched once, here, under one set of query keys.
 */

/** Every framework Ladder holds, with its versions. */
export function fetchFrameworks(signal?: AbortSignal): Promise<FrameworkSummaryView[]> {
  return apiGet('/api/frameworks', { signal });
}

export const FRAMEWORKS_KEY = ['frameworks'] as const;

export const frameworksQuery = () =>
  queryOptions({
    queryKey: FRAMEWORKS_KEY,
    queryFn: ({ signal }) => fetchFrameworks(signal),
  });

export function useFrameworks() {
  return useQuery(frameworksQuery());
}

/**
 * One version of a framework: its item tree and the crosswalk entries for its items.
 * `version` may be `current`, which the API resolves to the current version.
 */
export function fetchFrameworkVersion(
  key: string,
  version: string,
  signal?: AbortSignal,
): Promise<FrameworkVersionView> {
  return apiGet('/api/frameworks/{key}/versions/{version}', {
    // The address's key as given: one the API does not know is its 404, which the page shows.
    path: { key: key as FrameworkVersionView['key'], version },
    signal,
  });
}

/**
 * A stored version never changes, so it is kept for good; `current` can point at a newer one
 * after a release, so it follows the app's usual staleness.
 */
export const frameworkVersionQuery = (key: string, version: string) =>
  queryOptions({
    queryKey: [...FRAMEWORKS_KEY, key, 'versions', version] as const,
    queryFn: ({ signal }) => fetchFrameworkVersion(key, version, signal),
    ...(version !== 'current' && { staleTime: Infinity }),
  });

/** Waits (asks nothing) until both the framework and the version are known. */
export function useFrameworkVersion(key: string | undefined, version: string | undefined) {
  return useQuery({ ...frameworkVersionQuery(key ?? '', version ?? ''), enabled: Boolean(key && version) });
}

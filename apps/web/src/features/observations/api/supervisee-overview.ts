import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/http';
import { retryUnlessClientError } from '../../../lib/retry';
import { OBSERVATIONS_KEY } from './observations';

export type ObservationDue = 'overdue' | 'due-soon' | 'ok';

/** One current supervisee (`GET /api/supervisees/overview`). */
export interface SuperviseeOverview {
  workerId: string;
  fullName: string;
  jobTitle: string | null;
  level: { key: string; name: string };
  /** Date of their latest signed-off observation. */
  lastObservedOn: string | null;
  /** overdue: none signed off in 12 months; due-soon: none in 6. */
  due: ObservationDue;
}

export function fetchSuperviseeOverview(signal?: AbortSignal): Promise<SuperviseeOverview[]> {
  return getJson<SuperviseeOverview[]>('/api/supervisees/overview', signal);
}

/** Levels and due dates move with every sign-off (under the observations key, so sign-offs refresh it). */
export const superviseeOverviewQuery = () =>
  queryOptions({
    queryKey: [...OBSERVATIONS_KEY, 'supervisee-overview'] as const,
    queryFn: ({ signal }) => fetchSuperviseeOverview(signal),
    staleTime: 0,
    retry: retryUnlessClientError,
  });

export function useSuperviseeOverview() {
  return useQuery(superviseeOverviewQuery());
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SuperviseeOverviewView } from '../../../lib/api/schema.gen';

import { OBSERVATIONS_KEY } from './observations';
import { apiGet } from '../../../lib/api/client';

/** One current supervisee (`GET /api/supervisees/overview`). */
export type SuperviseeOverview = SuperviseeOverviewView;
/** overdue: none signed off in 12 months; due-soon: none in 6. */
export type ObservationDue = SuperviseeOverviewView['due'];

export function fetchSuperviseeOverview(signal?: AbortSignal): Promise<SuperviseeOverview[]> {
  return apiGet('/api/supervisees/overview', { signal });
}

/** Levels and due dates move with every sign-off (under the observations key, so sign-offs refresh it). */
export const superviseeOverviewQuery = () =>
  queryOptions({
    queryKey: [...OBSERVATIONS_KEY, 'supervisee-overview'] as const,
    queryFn: ({ signal }) => fetchSuperviseeOverview(signal),
    staleTime: 0,
  });

export function useSuperviseeOverview() {
  return useQuery(superviseeOverviewQuery());
}

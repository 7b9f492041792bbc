import type { FrameworkKey } from '@ladder/competencies';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/http';
import { retryUnlessClientError } from '../../../lib/retry';
import { OBSERVATIONS_KEY } from './observations';

export interface KeyFeatures {
  itemId: string;
  title: string;
  /** Somerset Appendix 6 "Key features", as printed. */
  keyFeatures: string;
  /** Somerset Appendix 6 "Interaction", as printed. */
  interaction: string;
}

/** `GET /api/observations/plan?workerId=`: what to observe next and the guidance to read first. */
export interface ObservationPlanView {
  worker: { id: string; fullName: string };
  /** The framework version the proposed items belong to (Somerset, current). */
  framework: { key: FrameworkKey; version: string };
  /** The Somerset assessed competencies of the worker's current level and the next. */
  proposedItemIds: string[];
  guidance: {
    whatWillBeObserved: string;
    howScoringWorks: string;
    consent: string;
    keyFeatures: KeyFeatures[];
  };
}

export function fetchObservationPlan(workerId: string, signal?: AbortSignal): Promise<ObservationPlanView> {
  return getJson<ObservationPlanView>(`/api/observations/plan?workerId=${encodeURIComponent(workerId)}`, signal);
}

/** The proposal follows the worker's level, which each sign-off can change: ask again on every visit. */
export const observationPlanQuery = (workerId: string) =>
  queryOptions({
    queryKey: [...OBSERVATIONS_KEY, 'plan', workerId] as const,
    queryFn: ({ signal }) => fetchObservationPlan(workerId, signal),
    staleTime: 0,
    retry: retryUnlessClientError,
  });

export function useObservationPlan(workerId: string, enabled = true) {
  return useQuery({ ...observationPlanQuery(workerId), enabled });
}

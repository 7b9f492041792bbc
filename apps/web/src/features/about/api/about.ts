import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AboutView } from '../../../lib/api/schema.gen';
import { apiGet } from '../../../lib/api/client';

export function fetchAbout(signal?: AbortSignal): Promise<AboutView> {
  return apiGet('/api/about', { signal });
}

export const aboutQuery = () => queryOptions({ queryKey: ['about'], queryFn: ({ signal }) => fetchAbout(signal) });

export function useAbout() {
  return useQuery(aboutQuery());
}

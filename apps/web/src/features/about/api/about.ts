import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AboutView } from '../../../lib/api/schema.gen';
import { getJson } from '../../../lib/http';

export function fetchAbout(signal?: AbortSignal): Promise<AboutView> {
  return getJson<AboutView>('/api/about', signal);
}

export const aboutQuery = () => queryOptions({ queryKey: ['about'], queryFn: ({ signal }) => fetchAbout(signal) });

export function useAbout() {
  return useQuery(aboutQuery());
}

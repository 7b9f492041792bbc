import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/http';

export interface About {
  service: string;
  version: string;
  demoMode: boolean;
}

export function fetchAbout(signal?: AbortSignal): Promise<About> {
  return getJson<About>('/api/about', signal);
}

export const aboutQuery = () => queryOptions({ queryKey: ['about'], queryFn: ({ signal }) => fetchAbout(signal) });

export function useAbout() {
  return useQuery(aboutQuery());
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError } from '../http';
import type { MeView } from './schema.gen';
import { apiGet } from './client';

export type { MeView };
export type OrganisationRole = MeView['roles'][number];

/*
 * Who is signed in: a resource every feature reads (the header, the page guards, each page's
 * choices), so it is fetched once, here, under one query key.
 */

/** Who is signed in, or null when nobody is (the API answers 401). */
export async function fetchMe(signal?: AbortSignal): Promise<MeView | null> {
  try {
    return await apiGet('/api/auth/me', { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const ME_QUERY_KEY = ['auth', 'me'] as const;

export const meQuery = () =>
  queryOptions({
    queryKey: ME_QUERY_KEY,
    queryFn: ({ signal }) => fetchMe(signal),
    // Signed out (a 401) is an answer, not a failure: null, not an error.
  });

export function useMe() {
  return useQuery(meQuery());
}

/** The signed-in person, on a page behind RequireAuth (which renders nothing else until they are known). */
export function useSignedInPerson(): MeView {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInPerson is for pages behind RequireAuth');
  return data;
}

import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { PersonView, UpdatePersonDto } from '../../../lib/api/schema.gen';
import { apiGet, apiSend } from '../../../lib/api/client';

export type { PersonView };

/** What an employer admin may change; send only what changes. */
export type PersonChanges = UpdatePersonDto;

/**
 * The people the signed-in person may see: everyone in the organisation for an
 * employer admin, their current supervisees for a supervisor, themselves for a
 * link worker.
 */
export function fetchPeople(signal?: AbortSignal): Promise<PersonView[]> {
  return apiGet('/api/people', { signal });
}

export const peopleQuery = () =>
  queryOptions({
    queryKey: ['people'] as const,
    // Others change this (an invitation is accepted, an admin in another tab): ask again on every visit.
    staleTime: 0,
    queryFn: ({ signal }) => fetchPeople(signal),
  });

export function usePeople() {
  return useQuery(peopleQuery());
}

export function fetchPerson(id: string, signal?: AbortSignal): Promise<PersonView> {
  return apiGet('/api/people/{id}', { path: { id }, signal });
}

/** One person, under the list's key so a change to anyone refreshes both. */
export const personQuery = (id: string) =>
  queryOptions({
    queryKey: [...peopleQuery().queryKey, id] as const,
    queryFn: ({ signal }) => fetchPerson(id, signal),
  });

export function usePerson(id: string) {
  return useQuery(personQuery(id));
}

export function updatePerson(id: string, changes: PersonChanges): Promise<PersonView> {
  return apiSend('patch', '/api/people/{id}', { path: { id } }, changes);
}

/** Changes a person; the people list and each person's view refresh (they share the list's key). */
export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: PersonChanges) => updatePerson(id, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleQuery().queryKey }),
  });
}

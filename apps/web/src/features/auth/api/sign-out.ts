import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../../lib/http';
import type { SignInState } from '../model/return-to';
import { ME_QUERY_KEY, type MeView } from '../../../lib/api/me';
import { paths } from '../../../config/paths';
import { apiSend } from '../../../lib/api/client';

/** Ends the session; one that had already ended (401) counts as signed out too. */
export async function signOut(): Promise<void> {
  try {
    await apiSend('post', '/api/auth/logout', {}, undefined);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
}

function isMeKey(key: readonly unknown[]): boolean {
  return key.length === ME_QUERY_KEY.length && key.every((part, index) => part === ME_QUERY_KEY[index]);
}

/**
 * Ends the session on the server, forgets everything fetched while signed in,
 * and goes to the sign-in page, which says the person has signed out.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationKey: ['auth', 'sign-out'],
    mutationFn: signOut,
    onSuccess: () => {
      queryClient.setQueryData<MeView | null>(ME_QUERY_KEY, null);
      queryClient.removeQueries({ predicate: (query) => !isMeKey(query.queryKey) });
      const state: SignInState = { signedOut: true };
      navigate(paths.signIn, { state });
    },
  });
}

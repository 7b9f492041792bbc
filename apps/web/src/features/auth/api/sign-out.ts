import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { postJson } from '../../../lib/http';
import { ME_QUERY_KEY, type MeView } from './me';
import type { SignInState } from '../model/return-to';

export function signOut(): Promise<void> {
  return postJson<void>('/api/auth/logout');
}

export const SIGN_IN_PATH = '/sign-in';

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
    mutationFn: signOut,
    onSuccess: () => {
      queryClient.setQueryData<MeView | null>(ME_QUERY_KEY, null);
      queryClient.removeQueries({ predicate: (query) => !isMeKey(query.queryKey) });
      const state: SignInState = { signedOut: true };
      navigate(SIGN_IN_PATH, { state });
    },
  });
}

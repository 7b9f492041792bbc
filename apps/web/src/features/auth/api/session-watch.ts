import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ApiError } from '../../../lib/http';
import { ME_QUERY_KEY, meQuery } from '../../../lib/api/me';

const isMeKey = (key: readonly unknown[]): boolean =>
  key.length === ME_QUERY_KEY.length && key.every((part, index) => part === ME_QUERY_KEY[index]);

const signedOutError = (error: unknown): boolean => error instanceof ApiError && error.status === 401;

/**
 * When any request is answered 401 (the session ended: idle too long,
 * deactivated, signed out in another tab), asks again who is signed in, so the
 * header and the page guards catch up at once instead of at the next visit.
 */
export function useSessionWatch(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const recheck = () => void queryClient.invalidateQueries({ queryKey: meQuery().queryKey });
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return;
      if (!isMeKey(event.query.queryKey) && signedOutError(event.action.error)) recheck();
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return;
      // A failed sign-in is a 401 too, and says nothing about the session.
      if (event.mutation.options.mutationKey?.[0] !== 'auth' && signedOutError(event.action.error)) recheck();
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [queryClient]);
}

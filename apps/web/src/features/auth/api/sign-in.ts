import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { LoginDto } from '../../../lib/api/schema.gen';
import { ME_QUERY_KEY, type MeView } from '../../../lib/api/me';
import { apiSend } from '../../../lib/api/client';

/** Email and password, and a code from the authenticator app (`totp`) or a `recoveryCode` when asked. */
export type Credentials = LoginDto;

export function signIn(credentials: Credentials): Promise<MeView> {
  return apiSend('post', '/api/auth/login', {}, credentials);
}

/**
 * Signs in. Anything cached for whoever used this browser before is dropped
 * (nothing of theirs may show), and the answer becomes the signed-in person.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'sign-in'],
    mutationFn: signIn,
    onSuccess: (me) => {
      queryClient.removeQueries({ type: 'inactive' });
      queryClient.setQueryData<MeView | null>(ME_QUERY_KEY, me);
    },
  });
}

import { paths } from '../../../config/paths';
/** Where a protected page sends someone to sign in, remembering where they were going. */
export interface SignInState {
  /** The page to come back to after signing in. */
  from?: { pathname: string; search?: string; hash?: string };
  /** Set by sign-out, so the sign-in page can say so. */
  signedOut?: boolean;
  /** Set after accepting an invitation: the email to sign in with. */
  accountCreatedFor?: string;
  /** Set after a password reset. */
  passwordReset?: boolean;
}

export function readSignInState(state: unknown): SignInState {
  return typeof state === 'object' && state !== null ? (state as SignInState) : {};
}

/**
 * The address to return to: only a path inside this app (never `//host` or a
 * full URL), and never the sign-in page itself.
 */
export function returnPath(state: SignInState): string {
  const from = state.from;
  if (!from || typeof from.pathname !== 'string') return paths.home;
  const { pathname } = from;
  if (!pathname.startsWith('/') || pathname.startsWith('//') || pathname.startsWith(paths.signIn)) return paths.home;
  return `${pathname}${from.search ?? ''}${from.hash ?? ''}`;
}

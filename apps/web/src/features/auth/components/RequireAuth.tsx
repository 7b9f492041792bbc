import { useRef, type ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { PageHeading } from '../../../lib/components/PageHeading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { SignInState } from '../model/return-to';
import { useMe, type MeView } from '../../../lib/api/me';
import { paths } from '../../../config/paths';
import { mustSetUpTwoFactor } from '../../../lib/access';

export interface RequireAuthProps {
  children: ReactNode;
  /** Who may see the page; everyone signed in when omitted. */
  allow?: (me: MeView) => boolean;
  /** The page is one a session that must set up two-step verification may use (the set-up page itself). */
  allowBeforeSecondFactor?: boolean;
}

/**
 * Guards a page. Signed out: to the sign-in page, which brings the person back
 * here afterwards. Signed in but required to set up two-step verification
 * first: to the set-up page. Signed in without the role: a page saying so.
 */
export function RequireAuth({ children, allow, allowBeforeSecondFactor = false }: RequireAuthProps) {
  const me = useMe();
  const location = useLocation();
  const seenSomeone = useRef(false);
  if (me.data) seenSomeone.current = true;
  if (me.isPending) {
    return (
      <p role="status" className="nhsuk-body-l">
        Checking you are signed in…
      </p>
    );
  }
  if (me.isError) return <ServiceProblem />;
  if (!me.data) {
    // Signed out while here (the sign-out button, or the session ended): say so rather than jump away.
    if (seenSomeone.current) return <SignedOut />;
    const state: SignInState = {
      from: { pathname: location.pathname, search: location.search, hash: location.hash },
    };
    return <Navigate to={paths.signIn} replace state={state} />;
  }
  if (!allowBeforeSecondFactor && mustSetUpTwoFactor(me.data)) return <Navigate to={paths.twoFactor} replace />;
  if (allow && !allow(me.data)) return <NoAccess />;
  return children;
}

/** A signed-in person whose roles do not include this page. */
function NoAccess() {
  useDocumentTitle('You do not have access to this page');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>You do not have access to this page</PageHeading>
        <p>Your role in Ladder does not include this page.</p>
        <p>If you think it should, ask your organisation’s Ladder administrator.</p>
        <p>
          <Link to={paths.home}>Go to the Ladder home page</Link>
        </p>
      </div>
    </div>
  );
}

function SignedOut() {
  useDocumentTitle('You have been signed out');
  const location = useLocation();
  const state: SignInState = { from: { pathname: location.pathname, search: location.search, hash: location.hash } };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>You have been signed out</PageHeading>
        <p>
          <Link to={paths.signIn} state={state}>
            Sign in again
          </Link>
        </p>
      </div>
    </div>
  );
}

export function ServiceProblem() {
  useDocumentTitle('Sorry, there is a problem with the service');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>Sorry, there is a problem with the service</PageHeading>
        <p>Try again later.</p>
      </div>
    </div>
  );
}

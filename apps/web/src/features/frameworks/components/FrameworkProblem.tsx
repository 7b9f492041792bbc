import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../../lib/components/PageHeading';
import { ApiError } from '../../../lib/http';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { paths } from '../../../config/paths';

/** A friendly page for an unknown framework, version or item: what happened and where to go. */
export function FrameworkNotFound({ children }: { children?: ReactNode }) {
  useDocumentTitle('Page not found');
  return (
    <>
      <PageHeading keepFocusOnReplace>Page not found</PageHeading>
      {children ?? <p>We could not find that framework or version. The web address may be wrong or out of date.</p>}
      <p>
        <Link to={paths.frameworks}>See all competency frameworks</Link>
      </p>
    </>
  );
}

/** A failed request: not found for a 404, otherwise the NHS.UK "problem with the service" page. */
export function FrameworkLoadError({ error }: { error: Error }) {
  if (error instanceof ApiError && error.status === 404) return <FrameworkNotFound />;
  return <ServiceProblem />;
}

function ServiceProblem() {
  useDocumentTitle('Sorry, there is a problem with the service');
  return (
    <>
      <PageHeading keepFocusOnReplace>Sorry, there is a problem with the service</PageHeading>
      <p>We could not load the competency frameworks. Try again later.</p>
      <p>
        <Link to={paths.frameworks}>See all competency frameworks</Link>
      </p>
    </>
  );
}

import { Link } from 'react-router-dom';
import { ApiError } from '../../../lib/http';
import { PageHeading } from '../../../lib/components/PageHeading';
import { useDocumentTitle } from '../../../lib/use-document-title';

export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="nhsuk-body-l">
      Loading {what}…
    </p>
  );
}

/** A failed request for people or assignments: not found, no access, signed out, or a service problem. */
export function QueryProblem({ error }: { error: Error }) {
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 404) return <Problem title="Page not found" text="We could not find that person or assignment." />;
  if (status === 403) return <Problem title="You do not have access to this page" text={error.message} />;
  if (status === 401) return <Problem title="You have been signed out" text="Sign in again to continue." />;
  return <Problem title="Sorry, there is a problem with the service" text="Try again later." />;
}

function Problem({ title, text }: { title: string; text: string }) {
  useDocumentTitle(title);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>{title}</PageHeading>
        <p>{text}</p>
        <p>
          <Link to="/">Go to the Ladder home page</Link>
        </p>
      </div>
    </div>
  );
}

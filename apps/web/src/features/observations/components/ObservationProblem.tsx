import { Link } from 'react-router-dom';
import { PageHeading } from '../../../lib/components/PageHeading';
import { ApiError } from '../../../lib/http';
import { useDocumentTitle } from '../../../lib/use-document-title';

export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="nhsuk-body-l">
      Loading {what}…
    </p>
  );
}

/** A failed request for an observation, a plan or a person: not found, no access, signed out, or a service problem. */
export function ObservationProblem({ error }: { error: Error }) {
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 404) {
    return <Problem title="Page not found" text="We could not find that observation or person." />;
  }
  if (status === 403) return <Problem title="You do not have access to this page" text={error.message} />;
  if (status === 401) return <Problem title="You have been signed out" text="Sign in again to continue." />;
  if (status === 400) return <Problem title="Page not found" text="The web address is not right." />;
  return <Problem title="Sorry, there is a problem with the service" text="Try again later." />;
}

export function Problem({ title, text }: { title: string; text: string }) {
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

import { Link } from 'react-router-dom';
import { ApiError } from '../http';
import { useDocumentTitle } from '../use-document-title';
import { PageHeading } from './PageHeading';

export interface QueryProblemProps {
  error: Error;
  /** What a 404 could not find, in the page's words: "We could not find that person or assignment." */
  notFoundText: string;
  /** Treat a 400 (an id in the address that is not one) as a page not found, rather than a service problem. */
  badAddressIsNotFound?: boolean;
}

/** A failed request for a page's data: not found, no access, signed out, or a service problem. */
export function QueryProblem({ error, notFoundText, badAddressIsNotFound = false }: QueryProblemProps) {
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 404) return <Problem title="Page not found" text={notFoundText} />;
  if (status === 403) return <Problem title="You do not have access to this page" text={error.message} />;
  if (status === 401) return <Problem title="You have been signed out" text="Sign in again to continue." />;
  if (status === 400 && badAddressIsNotFound) {
    return <Problem title="Page not found" text="The web address is not right." />;
  }
  return <Problem title="Sorry, there is a problem with the service" text="Try again later." />;
}

/** A page that says what went wrong, with a way back to the home page. */
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

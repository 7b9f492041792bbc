import type { ReactNode } from 'react';
import { PageHeading } from '../../../lib/components/PageHeading';
import { ApiError } from '../../../lib/http';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ServiceProblem } from './RequireAuth';

/** A one-time link (invitation or password reset) that is unknown, used or expired — or a failure to check it. */
export function LinkProblem({ error, title, children }: { error: Error; title: string; children: ReactNode }) {
  if (error instanceof ApiError && error.status === 404) return <InvalidLink title={title}>{children}</InvalidLink>;
  return <ServiceProblem />;
}

function InvalidLink({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>{title}</PageHeading>
        <p>The link may have expired, or been used already.</p>
        {children}
      </div>
    </div>
  );
}

import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../../lib/components/PageHeading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { MeView } from '../../../lib/api/me';
import { nextStepsFor, ROLE_LABELS } from '../model/access';

function rolesText(me: MeView): string {
  const labels = me.roles.map((role) => ROLE_LABELS[role].toLowerCase());
  if (me.isPlatformAdmin) labels.push('platform administrator');
  if (labels.length === 0) return '';
  const list = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
  return `You are signed in as ${/^[aeiou]/.test(list) ? 'an' : 'a'} ${list}`;
}

/**
 * The home page for someone signed in: a greeting by name, what their roles show them (the
 * `children`: a worker's progress, a supervisor's supervisees), and the next steps their roles
 * lead to.
 */
export function Welcome({ me, children }: { me: MeView; children?: ReactNode }) {
  useDocumentTitle('Home');
  const roles = rolesText(me);
  return (
    <>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <PageHeading caption={me.organisation?.name}>Hello, {me.fullName}</PageHeading>
          {roles && (
            <p className="nhsuk-lede-text">
              {roles}
              {me.jobTitle ? ` (${me.jobTitle})` : ''}.
            </p>
          )}
        </div>
      </div>
      {children}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h2>Next steps</h2>
          <ul className="nhsuk-list nhsuk-list--border">
            {nextStepsFor(me).map((step) => (
              <li key={`${step.to}:${step.label}`}>
                <Link to={step.to} className="nhsuk-u-font-weight-bold">
                  {step.label}
                </Link>
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">{step.description}</p>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </>
  );
}

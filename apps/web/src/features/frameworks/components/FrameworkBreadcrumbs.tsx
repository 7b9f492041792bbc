import { Breadcrumb } from 'nhsuk-react-components';
import { Link } from 'react-router-dom';

export interface Crumb {
  label: string;
  to: string;
}

/** NHS.UK breadcrumbs: the pages above this one (not the page itself), and a back link to the nearest on small screens. */
export function FrameworkBreadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  const parent = trail[trail.length - 1];
  return (
    <Breadcrumb>
      {trail.map((crumb) => (
        <Breadcrumb.Item key={crumb.to} asElement={Link} to={crumb.to}>
          {crumb.label}
        </Breadcrumb.Item>
      ))}
      {parent && (
        <Breadcrumb.Back asElement={Link} to={parent.to}>
          {parent.label}
        </Breadcrumb.Back>
      )}
    </Breadcrumb>
  );
}

import type { ReactNode } from 'react';
import { FrameworkBreadcrumbs } from './FrameworkBreadcrumbs';
import { FrameworkList } from './FrameworkList';
import { FrameworkLoadError } from './FrameworkProblem';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFrameworks } from '../../../lib/api/frameworks';
import { paths } from '../../../config/paths';

/** The national frameworks Ladder holds, each leading to its current version. */
export function Frameworks() {
  const frameworks = useFrameworks();
  if (frameworks.isError) return <FrameworkLoadError error={frameworks.error} />;
  return <FrameworksView>{frameworks.data ? <FrameworkList frameworks={frameworks.data} /> : null}</FrameworksView>;
}

function FrameworksView({ children }: { children: ReactNode }) {
  useDocumentTitle('Competency frameworks');
  return (
    <>
      <FrameworkBreadcrumbs trail={[{ label: 'Home', to: paths.home }]} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <PageHeading keepFocusOnReplace>Competency frameworks</PageHeading>
          <p className="nhsuk-lede-text">
            The national competency frameworks for the social prescribing workforce, in their publishers’ own words.
            Read a framework’s levels, areas and competencies, the Somerset rubrics, and where Ladder links a competency
            to the other frameworks.
          </p>
          {children ?? <Loading what="the frameworks" />}
        </div>
      </div>
    </>
  );
}

import type { FrameworkVersionView } from '../../../lib/api/schema.gen';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { FrameworkBreadcrumbs } from './FrameworkBreadcrumbs';
import { FrameworkContents } from './FrameworkContents';
import { FrameworkSearch } from './FrameworkSearch';
import { NotCurrentWarning } from './NotCurrentWarning';
import { FrameworkLoadError } from './FrameworkProblem';
import { VersionPicker } from './VersionPicker';
import { VersionSummary } from './VersionSummary';
import { indexItems } from '../model/framework-tree';
import { frameworkShortName } from '../model/labels';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFrameworkVersion, useFrameworks } from '../../../lib/api/frameworks';
import { paths } from '../../../config/paths';

/** A framework version's details, a version picker, search, and its top-level contents. */
export function FrameworkVersion({ frameworkKey: key, version }: { frameworkKey: string; version: string }) {
  const view = useFrameworkVersion(key, version);
  if (view.isPending) return <Loading what="the framework" />;
  if (view.isError) return <FrameworkLoadError error={view.error} />;
  // A new key resets the search when another version is chosen.
  return <VersionOverview key={`${key}/${version}`} view={view.data} routeVersion={version} />;
}

function VersionOverview({ view, routeVersion }: { view: FrameworkVersionView; routeVersion: string }) {
  useDocumentTitle(`${frameworkShortName(view.key, view.title)} framework, version ${view.version}`);
  const frameworks = useFrameworks();
  const [searchParams, setSearchParams] = useSearchParams();
  const index = useMemo(() => indexItems(view.items), [view.items]);
  const hrefFor = useCallback(
    (itemId: string) => paths.frameworkItem(view.key, routeVersion, itemId),
    [view.key, routeVersion],
  );
  const versions = frameworks.data?.find((framework) => framework.key === view.key)?.versions;
  const onQueryChange = useCallback(
    (query: string) =>
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (query) next.set('q', query);
          else next.delete('q');
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );

  return (
    <>
      <FrameworkBreadcrumbs
        trail={[
          { label: 'Home', to: paths.home },
          { label: 'Frameworks', to: paths.frameworks },
        ]}
      />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <span className="nhsuk-caption-l">{frameworkShortName(view.key, view.title)} framework</span>
          <PageHeading keepFocusOnReplace>{view.title}</PageHeading>
          {!view.current && (
            <NotCurrentWarning version={view.version} currentHref={paths.frameworkVersion(view.key, 'current')} />
          )}
          <VersionSummary view={view} />
          {versions && versions.length > 1 && (
            <VersionPicker frameworkKey={view.key} versions={versions} shown={view.version} />
          )}
          <FrameworkSearch
            index={index}
            hrefFor={hrefFor}
            initialQuery={searchParams.get('q') ?? ''}
            onQueryChange={onQueryChange}
          />
          <FrameworkContents items={view.items} hrefFor={hrefFor} />
        </div>
      </div>
    </>
  );
}

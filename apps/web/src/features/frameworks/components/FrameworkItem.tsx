import type { FrameworkVersionView } from '../../../lib/api/schema.gen';
import { InsetText, Pagination } from 'nhsuk-react-components';
import { useCallback, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { CrosswalkSection } from './CrosswalkSection';
import { FrameworkBreadcrumbs } from './FrameworkBreadcrumbs';
import { ItemTree } from './ItemTree';
import { NotCurrentWarning } from './NotCurrentWarning';
import { FrameworkLoadError, FrameworkNotFound } from './FrameworkProblem';
import { RichText } from './RichText';
import { RubricTable } from './RubricTable';
import { indexItems, neighbours, type IndexedItem } from '../model/framework-tree';
import { frameworkShortName, itemName, textAddsToName, typeLabel } from '../model/labels';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFrameworkVersion } from '../../../lib/api/frameworks';
import { paths } from '../../../config/paths';

/** One item of a framework version and everything under it, its rubric and its crosswalk links. */
export function FrameworkItem({
  frameworkKey: key,
  version,
  itemId,
}: {
  frameworkKey: string;
  version: string;
  itemId: string;
}) {
  const view = useFrameworkVersion(key, version);
  const index = useMemo(() => (view.data ? indexItems(view.data.items) : undefined), [view.data]);
  const entry = index?.byId.get(itemId);
  if (view.isPending) return <Loading what="the framework" />;
  if (view.isError) return <FrameworkLoadError error={view.error} />;
  if (!entry) {
    return (
      <FrameworkNotFound>
        <p>
          {frameworkShortName(view.data.key, view.data.title)} version {view.data.version} has no item with the id{' '}
          <code>{itemId}</code>.
        </p>
        <p>
          <Link to={paths.frameworkVersion(key, version)}>
            Go to the contents of {frameworkShortName(view.data.key, view.data.title)} version {view.data.version}
          </Link>
        </p>
      </FrameworkNotFound>
    );
  }
  return <ItemView view={view.data} entry={entry} routeVersion={version} />;
}

function ItemView({
  view,
  entry,
  routeVersion,
}: {
  view: FrameworkVersionView;
  entry: IndexedItem;
  routeVersion: string;
}) {
  const { item, ancestors } = entry;
  const name = itemName(item);
  const framework = frameworkShortName(view.key, view.title);
  useDocumentTitle(`${name} – ${framework} framework`);
  const hrefFor = useCallback(
    (itemId: string) => paths.frameworkItem(view.key, routeVersion, itemId),
    [view.key, routeVersion],
  );
  const crosswalkEntries = view.crosswalk.entries.filter((crosswalkEntry) => crosswalkEntry.itemId === item.id);
  const { previous, next } = neighbours(entry);

  return (
    <>
      <FrameworkBreadcrumbs
        trail={[
          { label: 'Home', to: paths.home },
          { label: 'Frameworks', to: paths.frameworks },
          { label: `${framework} ${view.version}`, to: paths.frameworkVersion(view.key, routeVersion) },
          ...ancestors.map((ancestor) => ({ label: itemName(ancestor), to: hrefFor(ancestor.id) })),
        ]}
      />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <span className="nhsuk-caption-l">
            {typeLabel(item.type)} in the {framework} framework, version {view.version}
          </span>
          <PageHeading keepFocusOnReplace>{name}</PageHeading>
          {!view.current && (
            <NotCurrentWarning version={view.version} currentHref={paths.frameworkItem(view.key, 'current', item.id)} />
          )}
          {item.replacedBy && (
            <InsetText>
              <p>
                A later version replaces this item.{' '}
                <Link to={paths.frameworkItem(view.key, 'current', item.replacedBy)}>
                  Read the item that replaces it
                </Link>
              </p>
            </InsetText>
          )}
          {textAddsToName(item) && <RichText text={item.text} />}
          {item.children && <ItemTree items={item.children} level={2} parentName={name} hrefFor={hrefFor} />}
          {item.rubric && (
            <section aria-labelledby="rubric-heading">
              <h2 id="rubric-heading">How it is scored</h2>
              <p>
                Supervisors score observed practice on the Dreyfus scale from 0 (absence) to 5 (expert), using the
                descriptor for each score.
              </p>
              <RubricTable caption={`${name} rubric: scores 0 to 5`} rows={item.rubric} />
            </section>
          )}
          <CrosswalkSection entries={crosswalkEntries} crosswalk={view.crosswalk} />
          {(previous || next) && (
            <Pagination aria-label={`Previous and next ${typeLabel(item.type, true).toLowerCase()}`}>
              {previous && (
                <Pagination.Item previous labelText={itemName(previous)} asElement={Link} to={hrefFor(previous.id)}>
                  Previous {typeLabel(item.type).toLowerCase()}
                </Pagination.Item>
              )}
              {next && (
                <Pagination.Item next labelText={itemName(next)} asElement={Link} to={hrefFor(next.id)}>
                  Next {typeLabel(item.type).toLowerCase()}
                </Pagination.Item>
              )}
            </Pagination>
          )}
        </div>
      </div>
    </>
  );
}

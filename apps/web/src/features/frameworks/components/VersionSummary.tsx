import type { FrameworkVersionView } from '../../../lib/api/schema.gen';
import { SummaryList, Tag } from 'nhsuk-react-components';
import { formatPublishedOn, statusLabel } from '../model/labels';

/** Who published the version, when, its status and the source document it encodes. */
export function VersionSummary({ view }: { view: FrameworkVersionView }) {
  return (
    <SummaryList>
      <SummaryList.Row>
        <SummaryList.Key>Publisher</SummaryList.Key>
        <SummaryList.Value>{view.publisher}</SummaryList.Value>
      </SummaryList.Row>
      <SummaryList.Row>
        <SummaryList.Key>Version</SummaryList.Key>
        <SummaryList.Value>
          {view.version}{' '}
          {view.current ? <Tag modifier="green">Current</Tag> : <Tag modifier="grey">Not the current version</Tag>}{' '}
          <Tag modifier={view.status === 'published' ? 'blue' : 'yellow'}>{statusLabel(view.status)}</Tag>
        </SummaryList.Value>
      </SummaryList.Row>
      <SummaryList.Row>
        <SummaryList.Key>Published</SummaryList.Key>
        <SummaryList.Value>{formatPublishedOn(view.publishedOn)}</SummaryList.Value>
      </SummaryList.Row>
      <SummaryList.Row>
        <SummaryList.Key>Source</SummaryList.Key>
        <SummaryList.Value>{view.source}</SummaryList.Value>
      </SummaryList.Row>
    </SummaryList>
  );
}

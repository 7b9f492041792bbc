import { InsetText, Tag, WarningCallout } from 'nhsuk-react-components';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../../lib/components/PageHeading';
import { formatDate } from '../../../lib/dates';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { ObservationDetailView } from '../api/observations';
import type { Competency } from '../model/competencies';
import type { Viewer } from '../model/flash';
import { formatDateTime } from '../model/labels';
import { AcknowledgeForm } from './AcknowledgeForm';
import { BackToProgress } from './BackToProgress';
import { FlashBanner } from './FlashBanner';
import { ObservationAnswers } from './ObservationAnswers';
import { paths } from '../../../config/paths';

export interface ObservationRecordProps {
  observation: ObservationDetailView;
  competencies: readonly Competency[];
  frameworkTitle: string;
  viewer: Viewer;
}

/**
 * A signed-off observation, read-only: who signed it off and when, every score and note, its
 * amendment history, and the worker's acknowledgement. The worker acknowledges it here; a
 * supervisor may amend the latest version.
 */
export function ObservationRecord({ observation, competencies, frameworkTitle, viewer }: ObservationRecordProps) {
  const isWorker = viewer.personId === observation.workerId;
  const title = `Observation on ${formatDate(observation.observedOn)}`;
  useDocumentTitle(`${title} – ${observation.workerName}`);
  const canAmend = viewer.isSupervisor && !isWorker && observation.supersededBy === null;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FlashBanner />
        <PageHeading caption={`Observation of ${observation.workerName}`}>{title}</PageHeading>
        {observation.supersededBy && (
          <WarningCallout>
            <WarningCallout.Heading headingLevel="h2">This observation has been amended</WarningCallout.Heading>
            <p>
              A later version corrects it, and progression uses that one.{' '}
              <Link to={paths.observation(observation.supersededBy)}>See the latest version</Link>
            </p>
          </WarningCallout>
        )}
        <p>
          <Tag modifier="green">Signed off</Tag>
        </p>
        <InsetText>
          <p>
            Signed off by {observation.signedOffByName ?? 'a supervisor'}
            {observation.signedOffAt ? ` on ${formatDateTime(observation.signedOffAt)}` : ''}. It cannot be changed; a
            correction is recorded as an amendment, and the original stays in its history.
          </p>
          {observation.amends && (
            <p>
              This amends an <Link to={paths.observation(observation.amends.observationId)}>earlier version</Link>.
              Reason: {observation.amends.reason}
            </p>
          )}
        </InsetText>
        {canAmend && (
          <p>
            <Link to={paths.amendObservation(observation.id)} className="nhsuk-button nhsuk-button--secondary">
              Amend this observation
            </Link>
          </p>
        )}

        <ObservationAnswers observation={observation} competencies={competencies} frameworkTitle={frameworkTitle} />

        <History observation={observation} />

        {observation.acknowledgement ? (
          <section aria-labelledby="acknowledgement-heading">
            <h2 id="acknowledgement-heading">Acknowledgement</h2>
            <p>
              {isWorker ? 'You' : observation.workerName} acknowledged this observation on{' '}
              {formatDateTime(observation.acknowledgement.acknowledgedAt)}.
            </p>
            {observation.acknowledgement.comment && (
              <InsetText>
                <p>
                  <span className="nhsuk-u-visually-hidden">Comment: </span>
                  {observation.acknowledgement.comment}
                </p>
              </InsetText>
            )}
          </section>
        ) : isWorker ? (
          <AcknowledgeForm observationId={observation.id} />
        ) : (
          <section aria-labelledby="acknowledgement-heading">
            <h2 id="acknowledgement-heading">Acknowledgement</h2>
            <p>{observation.workerName} has not acknowledged this observation yet.</p>
          </section>
        )}

        <BackToProgress workerId={observation.workerId} workerName={observation.workerName} isWorker={isWorker} />
      </div>
    </div>
  );
}

/** The amendment chain, oldest first, this version marked. */
function History({ observation }: { observation: ObservationDetailView }) {
  if (observation.history.length < 2) return null;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <ol className="nhsuk-list nhsuk-list--number">
        {observation.history.map((entry, index) => {
          const what = index === 0 ? 'Original' : `Amendment ${index}`;
          const when = entry.signedOffAt ? `, signed off ${formatDateTime(entry.signedOffAt)}` : '';
          return (
            <li key={entry.id}>
              {entry.id === observation.id ? (
                <strong>
                  {what}
                  {when} (this version)
                </strong>
              ) : (
                <Link to={paths.observation(entry.id)}>
                  {what}
                  {when}
                </Link>
              )}
              {entry.reason && <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">Reason: {entry.reason}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

import { Tag } from 'nhsuk-react-components';
import { Link } from 'react-router-dom';
import { Loading } from '../../../lib/components/Loading';
import { formatDate } from '../../../lib/dates';
import { useWorkerObservations, type ObservationView } from '../api/observations';
import { SETTING_LABELS, statusText } from '../model/labels';
import { paths } from '../../../config/paths';

export interface WorkerObservationsProps {
  workerId: string;
  /** The worker themself is reading: "your". */
  self: boolean;
  /** Offer "Plan an observation" (the worker, or a current supervisor). */
  canPlan: boolean;
}

function StatusTag({ observation }: { observation: ObservationView }) {
  const text = statusText(observation);
  const modifier = observation.status === 'draft' ? 'grey' : observation.supersededBy ? 'white' : 'green';
  return <Tag modifier={modifier}>{text}</Tag>;
}

/** A worker's observations, newest first, each linking to its page; drafts, signed-off and amended alike. */
export function WorkerObservations({ workerId, self, canPlan }: WorkerObservationsProps) {
  const observations = useWorkerObservations(workerId);
  return (
    <section aria-labelledby="observations-heading">
      <h2 id="observations-heading">{self ? 'Your observations' : 'Observations'}</h2>
      {observations.isError ? (
        <p>Sorry, we could not load the observations. Try again later.</p>
      ) : !observations.data ? (
        <Loading what="observations" />
      ) : observations.data.length === 0 ? (
        <p>{self ? 'No one has observed your practice in Ladder yet.' : 'No observations yet.'}</p>
      ) : (
        <table className="nhsuk-table-responsive" role="table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
            {self ? 'Your observations, newest first' : 'Observations, newest first'}
          </caption>
          <thead className="nhsuk-table__head" role="rowgroup">
            <tr className="nhsuk-table__row" role="row">
              {['Date', 'Setting', 'Supervisor', 'Status', 'Acknowledged'].map((heading) => (
                <th key={heading} className="nhsuk-table__header" scope="col" role="columnheader">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body" role="rowgroup">
            {observations.data.map((observation) => (
              <tr key={observation.id} className="nhsuk-table__row" role="row">
                <th className="nhsuk-table__header" scope="row" role="rowheader">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Date{' '}
                  </span>
                  <span>
                    <Link to={paths.observation(observation.id)}>
                      <span className="nhsuk-u-visually-hidden">Observation on</span>{' '}
                      {formatDate(observation.observedOn)}
                    </Link>
                  </span>
                </th>
                <td className="nhsuk-table__cell" role="cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Setting{' '}
                  </span>
                  <span>{SETTING_LABELS[observation.setting]}</span>
                </td>
                <td className="nhsuk-table__cell" role="cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Supervisor{' '}
                  </span>
                  <span>{observation.signedOffByName ?? observation.supervisorName ?? 'Not yet assigned'}</span>
                </td>
                <td className="nhsuk-table__cell" role="cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Status{' '}
                  </span>
                  <span>
                    <StatusTag observation={observation} />
                  </span>
                </td>
                <td className="nhsuk-table__cell" role="cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Acknowledged{' '}
                  </span>
                  <span>
                    {observation.acknowledgement
                      ? formatDate(observation.acknowledgement.acknowledgedAt)
                      : observation.status === 'signed-off'
                        ? 'Not yet'
                        : '–'}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canPlan && (
        <p>
          <Link to={paths.planObservation(workerId)} className="nhsuk-button nhsuk-button--secondary">
            {self ? 'Plan an observation of your practice' : 'Plan an observation'}
          </Link>
        </p>
      )}
    </section>
  );
}

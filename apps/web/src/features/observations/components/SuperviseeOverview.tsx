import { Tag } from 'nhsuk-react-components';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Loading } from '../../../lib/components/Loading';
import { formatDate } from '../../../lib/dates';
import { useSuperviseeOverview, type ObservationDue } from '../api/supervisee-overview';
import { paths } from '../../../config/paths';

const DUE_TAGS: Record<ObservationDue, { text: string; modifier: 'red' | 'orange' | 'green' }> = {
  overdue: { text: 'Overdue', modifier: 'red' },
  'due-soon': { text: 'Due soon', modifier: 'orange' },
  ok: { text: 'Up to date', modifier: 'green' },
};

/**
 * A supervisor's caseload on their home page: each current supervisee's level, their latest
 * signed-off observation and whether the next is due (said in words in a tag, not by colour
 * alone), with links to plan an observation and to their progress.
 */
export function SuperviseeOverviewSection() {
  const overview = useSuperviseeOverview();
  return (
    <section aria-labelledby="supervisees-heading">
      <h2 id="supervisees-heading">Your supervisees</h2>
      {overview.isError ? (
        <p>Sorry, we could not load the people you supervise. Try again later.</p>
      ) : !overview.data ? (
        <Loading what="your supervisees" />
      ) : overview.data.length === 0 ? (
        <p>
          You do not supervise anyone at the moment. Your organisation’s employer admin assigns the people you
          supervise.
        </p>
      ) : (
        <>
          <p>
            Observe each person’s practice at least every 12 months (NHS England suggests every 6 to 12 months).{' '}
            <strong>Overdue</strong> means no signed-off observation in the last 12 months; <strong>due soon</strong>,
            none in the last 6.
          </p>
          <table className="nhsuk-table-responsive" role="table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
              The people you supervise, their level and when they were last observed
            </caption>
            <thead className="nhsuk-table__head" role="rowgroup">
              <tr className="nhsuk-table__row" role="row">
                {['Name', 'Level', 'Last observation', 'Observation due'].map((heading) => (
                  <th key={heading} className="nhsuk-table__header" scope="col" role="columnheader">
                    {heading}
                  </th>
                ))}
                <th className="nhsuk-table__header" scope="col" role="columnheader">
                  <span className="nhsuk-u-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body" role="rowgroup">
              {overview.data.map((person) => {
                const due = DUE_TAGS[person.due];
                return (
                  <tr key={person.workerId} className="nhsuk-table__row" role="row">
                    <th className="nhsuk-table__header" scope="row" role="rowheader">
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                        Name{' '}
                      </span>
                      <span>
                        <Link to={paths.workerProgress(person.workerId)}>{person.fullName}</Link>
                        {person.jobTitle && (
                          <>
                            <br />
                            <span className="nhsuk-u-font-size-16 nhsuk-u-font-weight-normal">{person.jobTitle}</span>
                          </>
                        )}
                      </span>
                    </th>
                    <Cell heading="Level">{person.level.name}</Cell>
                    <Cell heading="Last observation">
                      {person.lastObservedOn ? formatDate(person.lastObservedOn) : 'None signed off'}
                    </Cell>
                    <Cell heading="Observation due">
                      <Tag modifier={due.modifier}>{due.text}</Tag>
                    </Cell>
                    <Cell heading="Actions" hideHeading>
                      <Link to={paths.planObservation(person.workerId)}>
                        Plan an observation <span className="nhsuk-u-visually-hidden">of {person.fullName}</span>
                      </Link>
                    </Cell>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function Cell({
  heading,
  hideHeading = false,
  children,
}: {
  heading: string;
  hideHeading?: boolean;
  children: ReactNode;
}) {
  return (
    <td className="nhsuk-table__cell" role="cell">
      {!hideHeading && (
        <span className="nhsuk-table-responsive__heading" aria-hidden="true">
          {heading}{' '}
        </span>
      )}
      <span>{children}</span>
    </td>
  );
}

import type { CompetencyProgressView as CompetencyProgress } from '../../../lib/api/schema.gen';
import { Details, InsetText } from 'nhsuk-react-components';
import { ApiError } from '../../../lib/http';
import { formatDate } from '../../../lib/dates';
import { useProgression, type ProgressionResult } from '../api/progression';
import { useScoredObservations, type ScoredObservation } from '../api/scored-observations';
import { inPlainWords, scoreHistory, somersetItemIdOf } from '../model/history';
import { ScoreChart } from './ScoreChart';

export interface WorkerProgressProps {
  workerId: string;
  /** The worker themself is reading: "your level". */
  self: boolean;
}

function problemText(error: Error, self: boolean): string {
  if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return error.message;
  return `Sorry, we could not load ${self ? 'your' : 'this'} progress. Try again later.`;
}

/**
 * A worker's place on the Somerset ladder: their level and the next, the gaps to it in plain
 * words, each assessed competency's latest score with a chart of its history, and the suggested
 * pay point with its disclaimer. From `GET /api/people/{id}/progression` and their observations.
 */
export function WorkerProgress({ workerId, self }: WorkerProgressProps) {
  const progression = useProgression(workerId);
  const observations = useScoredObservations(workerId);
  if (progression.isError) {
    return (
      <section aria-labelledby="level-heading">
        <h2 id="level-heading">{self ? 'Your level' : 'Level'}</h2>
        <p>{problemText(progression.error, self)}</p>
      </section>
    );
  }
  if (!progression.data) {
    return (
      <p role="status" className="nhsuk-body-l">
        Loading {self ? 'your' : 'the'} progress…
      </p>
    );
  }
  const result = progression.data;
  return (
    <>
      <LevelSection result={result} self={self} />
      <CompetenciesSection result={result} observations={observations.data} historyFailed={observations.isError} />
      <PaySection result={result} self={self} />
    </>
  );
}

function LevelSection({ result, self }: { result: ProgressionResult; self: boolean }) {
  const next = result.nextLevel;
  return (
    <section aria-labelledby="level-heading">
      <h2 id="level-heading">{self ? 'Your level' : 'Level'}</h2>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Current level</dt>
          <dd className="nhsuk-summary-list__value">
            <strong className="nhsuk-u-font-size-24">{result.level.name}</strong>
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Next level</dt>
          <dd className="nhsuk-summary-list__value">{next ? next.name : 'None: Level 3 is the top of the ladder'}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Worked out</dt>
          <dd className="nhsuk-summary-list__value">
            On {formatDate(result.asOf)}, from signed-off observations since {formatDate(result.currentFrom)}
            <br />
            <span className="nhsuk-u-font-size-16 nhsuk-u-secondary-text-colour">
              Attainment policy {result.policy.key}, version {result.policy.version}
            </span>
          </dd>
        </div>
      </dl>
      {next && (
        <>
          <h3 id="gaps-heading">
            What {self ? 'you need' : 'is needed'} for {next.name}
          </h3>
          {result.gaps.length === 0 ? (
            <p>Nothing: {next.name} is reached as soon as the records show it.</p>
          ) : (
            <ul aria-labelledby="gaps-heading">
              {result.gaps.map((gap) => (
                <li key={gap}>{inPlainWords(gap)}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <Details>
        <Details.Summary>
          Why {self ? 'you are' : 'they are'} at {result.level.name}
        </Details.Summary>
        <Details.Text>
          <ul>
            {result.reasons.map((reason) => (
              <li key={reason}>{inPlainWords(reason)}</li>
            ))}
          </ul>
        </Details.Text>
      </Details>
    </section>
  );
}

function latestText(competency: CompetencyProgress): string {
  if (competency.latest) {
    return `${competency.latest.score} ${competency.latest.name}, observed ${formatDate(competency.latest.observedOn)}`;
  }
  if (competency.lastNonCurrentObservedOn) {
    return `No current score: last observed ${formatDate(competency.lastNonCurrentObservedOn)}, which is too long ago to count`;
  }
  return 'Not scored yet';
}

function CompetenciesSection({
  result,
  observations,
  historyFailed,
}: {
  result: ProgressionResult;
  observations: ScoredObservation[] | undefined;
  historyFailed: boolean;
}) {
  return (
    <section aria-labelledby="competencies-heading">
      <h2 id="competencies-heading">Assessed competencies</h2>
      <p>The latest signed-off score for each of Somerset’s six assessed competencies, and how it has changed.</p>
      {historyFailed && <p>Sorry, the score history could not be loaded. Try again later.</p>}
      {result.competencies.map((competency) => {
        const points = observations ? scoreHistory(observations, somersetItemIdOf(competency.key)) : [];
        const headingId = `competency-${competency.key}`;
        return (
          <section key={competency.key} aria-labelledby={headingId} className="nhsuk-u-margin-bottom-6">
            <h3 id={headingId}>{competency.title}</h3>
            <p className="nhsuk-u-margin-bottom-2">
              <strong>Latest score:</strong> {latestText(competency)}
            </p>
            <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">
              {competency.requirements
                .map(
                  (requirement) =>
                    `${requirement.level.name} needs ${requirement.threshold}${requirement.attained ? ' (met)' : ' (not yet met)'}`,
                )
                .join('. ')}
              .
            </p>
            <ScoreChart title={competency.title} points={points} tableId={`${headingId}-scores`} />
          </section>
        );
      })}
    </section>
  );
}

function PaySection({ result, self }: { result: ProgressionResult; self: boolean }) {
  const { pay } = result;
  return (
    <section aria-labelledby="pay-heading">
      <h2 id="pay-heading">Suggested pay</h2>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Agenda for Change band</dt>
          <dd className="nhsuk-summary-list__value">Band {pay.band}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Pay point</dt>
          <dd className="nhsuk-summary-list__value">
            {pay.annual} a year ({pay.hourly} an hour), the point for {pay.point.label} years’ experience
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Pay scale</dt>
          <dd className="nhsuk-summary-list__value">{pay.payScaleTitle}</dd>
        </div>
      </dl>
      <Details>
        <Details.Summary>How this pay point was chosen</Details.Summary>
        <Details.Text>
          <ul>
            {pay.reasoning.map((line) => (
              <li key={line}>{inPlainWords(line)}</li>
            ))}
          </ul>
        </Details.Text>
      </Details>
      <InsetText>
        <p>
          {pay.disclaimer} {self ? 'Talk to your employer about your pay.' : ''}
        </p>
      </InsetText>
    </section>
  );
}

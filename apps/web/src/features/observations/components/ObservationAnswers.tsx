import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/dates';
import type { ObservationView } from '../api/observations';
import type { Competency } from '../model/competencies';
import { SUMMARY_FIELDS } from '../model/draft';
import { SETTING_LABELS, VARIANT_LABELS } from '../model/labels';
import { itemAnchor } from '../model/field-ids';
import { paths } from '../../../config/paths';

export interface ObservationAnswersProps {
  observation: ObservationView;
  competencies: readonly Competency[];
  frameworkTitle: string;
  /** Check your answers: each row links back to its field on the scoring page. */
  changeLinks?: boolean;
  /** The heading level of the sections' headings. */
  headingLevel?: 2 | 3;
}

interface Row {
  key: string;
  value: ReactNode;
  /** The anchor on the scoring page, and what "Change" changes (for screen readers). */
  change?: { anchor: string; what: string };
}

/** The rating of a score on this competency's scale: "3 Competent". */
export function scoreText(competency: Competency | undefined, score: number): string {
  const rating = competency?.scale.find((row) => row.score === score)?.rating;
  return rating ? `${score} ${rating}` : String(score);
}

function Text({ text }: { text: string }) {
  if (text.trim() === '') return <span className="nhsuk-u-secondary-text-colour">None given</span>;
  return (
    <>
      {text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line, index) => (
          <p key={index} className="nhsuk-body-m nhsuk-u-margin-bottom-2">
            {line}
          </p>
        ))}
    </>
  );
}

function SummaryRows({ rows, observationId }: { rows: Row[]; observationId: string }) {
  const anyActions = rows.some((row) => row.change);
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((row) => (
        <div
          key={row.key}
          className={`nhsuk-summary-list__row${anyActions && !row.change ? ' nhsuk-summary-list__row--no-actions' : ''}`}
        >
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">{row.value}</dd>
          {row.change && (
            <dd className="nhsuk-summary-list__actions">
              <Link to={`${paths.observation(observationId)}#${row.change.anchor}`}>
                Change <span className="nhsuk-u-visually-hidden">{row.change.what}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

/**
 * Everything recorded in an observation as NHS.UK summary lists: the session, every item's score
 * (or "Not observed") with its evidence notes, the overall summary and consent. On check your
 * answers each row has a "Change" link back to its field.
 */
export function ObservationAnswers({
  observation,
  competencies,
  frameworkTitle,
  changeLinks = false,
  headingLevel = 2,
}: ObservationAnswersProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const change = (anchor: string, what: string) => (changeLinks ? { anchor, what } : undefined);
  const session: Row[] = [
    {
      key: 'Date',
      value: formatDate(observation.observedOn),
      change: change('observed-on-day', 'the date'),
    },
    {
      key: 'Setting',
      value: SETTING_LABELS[observation.setting],
      change: change('setting-face-to-face', 'the setting'),
    },
    { key: 'Framework', value: `${frameworkTitle} (version ${observation.frameworkVersion})` },
    { key: 'Observation sheet', value: VARIANT_LABELS[observation.variant] },
  ];
  const scores: Row[] = observation.items.map((item, index) => {
    const competency = competencies[index];
    const name = competency?.name ?? item.itemId;
    return {
      key: name,
      value: (
        <>
          <p className="nhsuk-body-m nhsuk-u-margin-bottom-2">
            <strong>
              {item.notObserved
                ? 'Not observed'
                : item.score === null
                  ? 'Not scored'
                  : scoreText(competency, item.score)}
            </strong>
          </p>
          {item.evidenceNotes.trim() !== '' && (
            <>
              <span className="nhsuk-u-visually-hidden">Evidence notes: </span>
              <Text text={item.evidenceNotes} />
            </>
          )}
        </>
      ),
      change: change(itemAnchor(index), `the score for ${name}`),
    };
  });
  const overall: Row[] = SUMMARY_FIELDS.map(({ field, inputId, label }) => ({
    key: label,
    value: <Text text={observation[field]} />,
    change: change(inputId, label.toLowerCase()),
  }));
  const consent: Row[] = [
    {
      key: 'Consent',
      value: observation.consentConfirmed
        ? 'The person whose session was observed agreed to the observation'
        : 'Not confirmed',
      change: change('consent', 'consent'),
    },
  ];
  return (
    <>
      <Heading>The session</Heading>
      <SummaryRows rows={session} observationId={observation.id} />
      <Heading>Scores</Heading>
      <SummaryRows rows={scores} observationId={observation.id} />
      <Heading>Overall</Heading>
      <SummaryRows rows={[...overall, ...consent]} observationId={observation.id} />
    </>
  );
}

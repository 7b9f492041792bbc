import { InsetText, Tag } from 'nhsuk-react-components';
import { PageHeading } from '../../../lib/components/PageHeading';
import { formatDate } from '../../../lib/dates';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { ObservationPlanView } from '../api/observation-plan';
import type { ObservationView } from '../api/observations';
import type { Competency } from '../model/competencies';
import { SETTING_LABELS, VARIANT_LABELS } from '../model/labels';
import { BackToProgress } from './BackToProgress';
import { FlashBanner } from './FlashBanner';
import { GuidanceSection } from './GuidanceSection';

export interface PlannedObservationProps {
  observation: ObservationView;
  competencies: readonly Competency[];
  frameworkTitle: string;
  guidance: ObservationPlanView['guidance'] | undefined;
  isWorker: boolean;
}

/**
 * A draft as the worker (or an employer admin) sees it: what is planned, and the pre-observation
 * guidance. Only a supervisor scores; the scores appear here once they are signed off.
 */
export function PlannedObservation({
  observation,
  competencies,
  frameworkTitle,
  guidance,
  isWorker,
}: PlannedObservationProps) {
  useDocumentTitle(`Planned observation – ${observation.workerName}`);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FlashBanner />
        <PageHeading caption={isWorker ? 'Your observation' : `Observation of ${observation.workerName}`}>
          Planned observation
        </PageHeading>
        <p>
          <Tag modifier="grey">Draft</Tag>
        </p>
        <InsetText>
          <p>
            {isWorker
              ? `${observation.supervisorName ?? 'Your supervisor'} will observe a session of your practice and score it. You will see the scores here once they sign it off.`
              : `${observation.supervisorName ?? 'A supervisor'} scores this observation; the scores appear here once it is signed off.`}
          </p>
        </InsetText>
        <dl className="nhsuk-summary-list">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Date</dt>
            <dd className="nhsuk-summary-list__value">{formatDate(observation.observedOn)}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Setting</dt>
            <dd className="nhsuk-summary-list__value">{SETTING_LABELS[observation.setting]}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Framework</dt>
            <dd className="nhsuk-summary-list__value">
              {frameworkTitle} (version {observation.frameworkVersion}),{' '}
              {VARIANT_LABELS[observation.variant].toLowerCase()}
            </dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Competencies</dt>
            <dd className="nhsuk-summary-list__value">
              <ul className="nhsuk-list">
                {competencies.map((competency) => (
                  <li key={competency.id}>{competency.name}</li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
        <GuidanceSection guidance={guidance} competencies={competencies} forWorker={isWorker} open={isWorker} />
        <BackToProgress workerId={observation.workerId} workerName={observation.workerName} isWorker={isWorker} />
      </div>
    </div>
  );
}

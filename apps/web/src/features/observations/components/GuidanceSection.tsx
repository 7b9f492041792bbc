import { Details } from 'nhsuk-react-components';
import type { ObservationPlanView } from '../api/observation-plan';
import type { Competency } from '../model/competencies';
import { AboutCompetency } from './AboutCompetency';
import { GuidanceText } from './GuidanceText';

export interface GuidanceSectionProps {
  guidance: ObservationPlanView['guidance'] | undefined;
  /** The competencies the observation covers (or, while planning, those ticked). */
  competencies: readonly Competency[];
  /** Who is reading: the worker reads it about their own practice. */
  forWorker: boolean;
  /** Open every part (the worker's page, where reading it is the point). */
  open?: boolean;
}

/**
 * The pre-observation guidance, for the supervisor and the worker alike: what will be observed,
 * how scoring works (Somerset scoring instructions and Table 2), the key features of each
 * competency, and the consent of the person being supported.
 */
export function GuidanceSection({ guidance, competencies, forWorker, open = false }: GuidanceSectionProps) {
  return (
    <section aria-labelledby="guidance-heading">
      <h2 id="guidance-heading">Before the observation</h2>
      <p>
        {forWorker
          ? 'Read this before the session. Your supervisor reads the same guidance.'
          : 'Read this before the session, and share it with the worker: they see the same guidance.'}
      </p>
      {guidance ? (
        <div className="nhsuk-expander-group">
          <Details expander open={open || undefined}>
            <Details.Summary>What will be observed</Details.Summary>
            <Details.Text>
              <GuidanceText text={guidance.whatWillBeObserved} />
            </Details.Text>
          </Details>
          <Details expander open={open || undefined}>
            <Details.Summary>How scoring works</Details.Summary>
            <Details.Text>
              <GuidanceText text={guidance.howScoringWorks} />
            </Details.Text>
          </Details>
          <Details expander open={open || undefined}>
            <Details.Summary>Key features of the competencies</Details.Summary>
            <Details.Text>
              {competencies.length === 0 ? (
                <p>Choose the competencies to observe to see their key features.</p>
              ) : (
                competencies.map((competency) => (
                  <div key={competency.id}>
                    <h3>{competency.name}</h3>
                    <AboutCompetency sections={competency.about} headingLevel={4} />
                  </div>
                ))
              )}
            </Details.Text>
          </Details>
          <Details expander open={open || undefined}>
            <Details.Summary>Consent of the person being supported</Details.Summary>
            <Details.Text>
              <GuidanceText text={guidance.consent} />
            </Details.Text>
          </Details>
        </div>
      ) : (
        <p role="status">Loading the guidance…</p>
      )}
    </section>
  );
}

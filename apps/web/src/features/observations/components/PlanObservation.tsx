import type { FrameworkKey } from '@ladder/competencies';
import { variantCovers } from '@ladder/evidence';
import type { FrameworkSummaryView as FrameworkSummary } from '../../../lib/api/schema.gen';
import { Button, Checkboxes, ErrorMessage, Radios } from 'nhsuk-react-components';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { FormErrorSummary } from '../../../lib/components/FormErrorSummary';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { Problem } from '../../../lib/components/QueryProblem';
import { isoFromParts, partsOf, todayIso, type DateParts } from '../../../lib/dates';
import { errorFor, problemsFromError, type FieldSpec, type FormProblem } from '../../../lib/field-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useCreateObservation } from '../api/observation-changes';
import { newIdempotencyKey } from '../model/idempotency';
import { useObservationPlan, type ObservationPlanView } from '../api/observation-plan';
import {
  OBSERVATION_SETTINGS,
  OBSERVATION_VARIANTS,
  type ObservationSetting,
  type ObservationVariant,
} from '../api/observations';
import { competenciesOf, dreyfusScale, groupCompetencies } from '../model/competencies';
import { OBSERVED_ON_INPUT_ID, observedOnProblem } from '../model/draft';
import type { ObservationFlash } from '../model/flash';
import { VARIANT_HINTS, VARIANT_LABELS } from '../model/labels';
import { GuidanceSection } from './GuidanceSection';
import { ObservationProblem } from './ObservationProblem';
import { WhenAndWhereFields } from './WhenAndWhereFields';
import { useFrameworks, useFrameworkVersion } from '../../../lib/api/frameworks';
import { paths } from '../../../config/paths';
import { settingInputId } from '../model/field-ids';

const variantInputId = (variant: string) => `variant-${variant}`;
const frameworkInputId = (key: string, version: string) => `framework-${key}-${version.replace(/\W+/g, '-')}`;
const itemInputId = (itemId: string) => `item-${itemId.replace(/\W+/g, '-')}`;
const ITEMS_ERROR_ID = 'items-error';

/** A framework version to observe against: `{ key, version }`, written `key@version` in the form. */
interface FrameworkChoice {
  key: FrameworkKey;
  version: string;
  title: string;
  current: boolean;
}

function frameworkChoices(summaries: readonly FrameworkSummary[]): FrameworkChoice[] {
  return summaries.flatMap((summary) =>
    summary.versions
      .filter((version) => version.status === 'published')
      .map((version) => ({
        key: summary.key,
        version: version.version,
        title: summary.title,
        current: version.current,
      })),
  );
}

interface PlanDraft {
  observedOn: DateParts;
  setting: ObservationSetting | '';
  framework: string;
  variant: ObservationVariant;
  itemIds: string[];
}

/** `/observations/new?workerId=`: a supervisor (or the worker) plans an observation. */
export function PlanObservation({ workerId, selfPlanning }: { workerId: string; selfPlanning: boolean }) {
  const plan = useObservationPlan(workerId, workerId !== '');
  const frameworks = useFrameworks();
  if (!workerId) {
    return (
      <Problem
        title="Choose who to observe"
        text="Plan an observation from the list of people you supervise on the home page."
      />
    );
  }
  const error = plan.error ?? frameworks.error;
  if (error) return <ObservationProblem error={error} />;
  if (!plan.data || !frameworks.data) return <Loading what="the observation plan" />;
  return <PlanForm plan={plan.data} choices={frameworkChoices(frameworks.data)} selfPlanning={selfPlanning} />;
}

function PlanForm({
  plan,
  choices,
  selfPlanning,
}: {
  plan: ObservationPlanView;
  choices: FrameworkChoice[];
  selfPlanning: boolean;
}) {
  const navigate = useNavigate();
  const create = useCreateObservation();
  // One key for this form: a double click or a retry plans the observation once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const proposedFramework = `${plan.framework.key}@${plan.framework.version}`;
  const [draft, setDraft] = useState<PlanDraft>({
    observedOn: partsOf(todayIso()),
    setting: '',
    framework: proposedFramework,
    variant: 'standard',
    itemIds: plan.proposedItemIds,
  });
  const { problems, attempt, fail, clear } = useFormProblems();
  const worker = plan.worker.fullName;
  useDocumentTitle(`${problems.length > 0 ? 'Error: ' : ''}Plan an observation – ${worker}`);

  const chosen = choices.find((choice) => `${choice.key}@${choice.version}` === draft.framework);
  const version = useFrameworkVersion(chosen?.key, chosen?.version);
  const somerset = useFrameworkVersion('somerset', 'current');
  const competencies = useMemo(
    () => (version.data ? competenciesOf(version.data, dreyfusScale(somerset.data)) : []),
    [version.data, somerset.data],
  );
  const offered = competencies.filter(
    (competency) => !competency.statement && variantCovers(draft.variant, competency),
  );
  const ticked = offered.filter((competency) => draft.itemIds.includes(competency.id));
  const firstItemInput = offered[0] ? itemInputId(offered[0].id) : ITEMS_ERROR_ID;

  const fields: FieldSpec[] = [
    { apiName: 'observedOn', inputId: OBSERVED_ON_INPUT_ID, label: 'Date' },
    { apiName: 'setting', inputId: settingInputId(OBSERVATION_SETTINGS[0]), label: 'Setting' },
    { apiName: 'frameworkVersion', inputId: frameworkInputId(choices[0].key, choices[0].version), label: 'Framework' },
    { apiName: 'frameworkKey', inputId: frameworkInputId(choices[0].key, choices[0].version), label: 'Framework' },
    { apiName: 'variant', inputId: variantInputId('standard'), label: 'Observation sheet' },
    { apiName: 'itemIds', inputId: firstItemInput, label: 'Competencies' },
  ];

  const chooseFramework = (value: string) =>
    setDraft((previous) => ({
      ...previous,
      framework: value,
      variant: value.startsWith('nhse-splw@') ? previous.variant : 'standard',
      itemIds: value === proposedFramework ? plan.proposedItemIds : [],
    }));

  const toggleItem = (itemId: string, on: boolean) =>
    setDraft((previous) => ({
      ...previous,
      itemIds: on ? [...previous.itemIds, itemId] : previous.itemIds.filter((id) => id !== itemId),
    }));

  const check = (): { problems: FormProblem[]; observedOn: string | null } => {
    const found: FormProblem[] = [];
    const observedOn = isoFromParts(draft.observedOn);
    const dateProblem = observedOnProblem(draft.observedOn);
    if (dateProblem) found.push(dateProblem);
    if (!draft.setting) {
      found.push({ field: settingInputId(OBSERVATION_SETTINGS[0]), message: 'Select the setting of the session' });
    }
    if (ticked.length === 0)
      found.push({ field: firstItemInput, message: 'Select at least one competency to observe' });
    return { problems: found, observedOn };
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { problems: found, observedOn } = check();
    if (found.length > 0 || !observedOn || !draft.setting || !chosen) return fail(found);
    clear();
    create.mutate(
      {
        workerId: plan.worker.id,
        observedOn,
        setting: draft.setting,
        frameworkKey: chosen.key,
        frameworkVersion: chosen.version,
        variant: draft.variant,
        itemIds: ticked.map((competency) => competency.id),
        idempotencyKey,
      },
      {
        onSuccess: (created) => {
          const flash: ObservationFlash = selfPlanning
            ? {
                title: 'Observation planned',
                text: 'Your supervisor can now see it. Read the guidance below before the session.',
              }
            : {
                title: 'Observation planned',
                text: `${worker} can see it and its guidance. Score it here during or after the session; it saves as you go.`,
              };
          navigate(paths.observation(created.id), { state: { flash } });
        },
        onError: (error) => fail(problemsFromError(error, fields)),
      },
    );
  };

  const itemsError = errorFor(problems, firstItemInput);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} attempt={attempt} />
        <PageHeading caption={selfPlanning ? 'Your practice' : `Observation of ${worker}`}>
          Plan an observation
        </PageHeading>
        <p className="nhsuk-lede-text">
          {selfPlanning
            ? 'Choose when and where your supervisor will observe a session of your practice, and what they will score.'
            : `Choose when and where you will observe a session of ${worker}’s practice, and what you will score.`}
        </p>
        <form onSubmit={onSubmit} noValidate>
          <WhenAndWhereFields
            observedOn={draft.observedOn}
            setting={draft.setting}
            dateHint="You can change it later."
            settingHint="Where the session takes place"
            errorFor={(inputId) => errorFor(problems, inputId)}
            onObservedOnChange={(observedOn) => setDraft((previous) => ({ ...previous, observedOn }))}
            onSettingChange={(setting) => setDraft((previous) => ({ ...previous, setting }))}
          />
          <Radios
            id="framework"
            name="framework"
            legend="Framework"
            legendProps={{ size: 'm', headingLevel: 'h2' }}
            hint="The competencies proposed below are from the current Somerset framework. Choose another framework to observe its competencies instead."
            error={errorFor(problems, frameworkInputId(choices[0].key, choices[0].version))}
          >
            {choices.map((choice) => {
              const value = `${choice.key}@${choice.version}`;
              return (
                <Radios.Item
                  key={value}
                  id={frameworkInputId(choice.key, choice.version)}
                  value={value}
                  hint={`Version ${choice.version}${choice.current ? ', the current version' : ''}`}
                  checked={draft.framework === value}
                  onChange={() => chooseFramework(value)}
                >
                  {choice.title}
                </Radios.Item>
              );
            })}
          </Radios>
          {chosen?.key === 'nhse-splw' && (
            <Radios
              id="variant"
              name="variant"
              legend="Observation sheet"
              legendProps={{ size: 'm', headingLevel: 'h2' }}
              error={errorFor(problems, variantInputId('standard'))}
            >
              {OBSERVATION_VARIANTS.map((variant) => (
                <Radios.Item
                  key={variant}
                  id={variantInputId(variant)}
                  value={variant}
                  hint={VARIANT_HINTS[variant]}
                  checked={draft.variant === variant}
                  onChange={() => setDraft((previous) => ({ ...previous, variant }))}
                >
                  {VARIANT_LABELS[variant]}
                </Radios.Item>
              ))}
            </Radios>
          )}

          <div className={`nhsuk-form-group${itemsError ? ' nhsuk-form-group--error' : ''}`}>
            <h2 id="items-heading">Competencies to observe</h2>
            <p className="nhsuk-hint" id="items-hint">
              {draft.framework === proposedFramework && plan.proposedItemIds.length > 0
                ? `Ticked: the competencies of ${worker}’s current level and the next. Add or remove any.`
                : 'Select all that apply.'}
            </p>
            {itemsError && <ErrorMessage id={ITEMS_ERROR_ID}>{itemsError}</ErrorMessage>}
            {version.isError ? (
              <p>Sorry, the competencies of this framework could not be loaded. Try again later.</p>
            ) : !version.data ? (
              <Loading what="the competencies" />
            ) : (
              groupCompetencies(offered).map((group) => (
                <Checkboxes
                  key={group.id}
                  id={`items-${group.id.replace(/\W+/g, '-')}`}
                  name="itemIds"
                  legend={group.name ?? 'Competencies'}
                  legendProps={{ size: 's' }}
                  aria-describedby={itemsError ? `items-hint ${ITEMS_ERROR_ID}` : 'items-hint'}
                >
                  {group.competencies.map((competency) => (
                    <Checkboxes.Item
                      key={competency.id}
                      id={itemInputId(competency.id)}
                      value={competency.id}
                      hint={plan.proposedItemIds.includes(competency.id) ? 'Proposed for this worker' : undefined}
                      checked={draft.itemIds.includes(competency.id)}
                      onChange={(event) => toggleItem(competency.id, event.currentTarget.checked)}
                    >
                      {competency.name}
                    </Checkboxes.Item>
                  ))}
                </Checkboxes>
              ))
            )}
          </div>

          <GuidanceSection guidance={plan.guidance} competencies={ticked} forWorker={selfPlanning} />

          <Button type="submit" disabled={create.isPending}>
            Plan observation
          </Button>
        </form>
        <p>
          <Link to={selfPlanning ? paths.home : paths.workerProgress(plan.worker.id)}>
            {selfPlanning ? 'Cancel and go back to your progress' : `Cancel and go back to ${worker}’s progress`}
          </Link>
        </p>
      </div>
    </div>
  );
}

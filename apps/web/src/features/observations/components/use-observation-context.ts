import { useMemo } from 'react';
import { useObservationPlan } from '../api/observation-plan';
import { useObservation, type ObservationView } from '../api/observations';
import { competenciesOf, dreyfusScale, type Competency } from '../model/competencies';
import { useFrameworkVersion } from '../../../lib/api/frameworks';

/** The competency of each of an observation's items, in its order (a placeholder if the version lacks one). */
function itemCompetencies(
  observation: Pick<ObservationView, 'items'>,
  all: readonly Competency[],
  table2: Competency['scale'],
): Competency[] {
  const byId = new Map(all.map((competency) => [competency.id, competency]));
  return observation.items.map(
    (item) =>
      byId.get(item.itemId) ?? {
        id: item.itemId,
        name: item.itemId,
        groupId: null,
        groupName: null,
        scale: [...table2],
        ownRubric: false,
        about: [],
        ancestors: [],
        statement: false,
      },
  );
}

/**
 * An observation and what its pages show with it: each item's competency (name, rubric, key
 * features) from the framework version it was planned against, Table 2 from Somerset for items
 * without a rubric of their own, and the pre-observation guidance.
 */
export function useObservationContext(id: string) {
  const observation = useObservation(id);
  const data = observation.data;
  const version = useFrameworkVersion(data?.frameworkKey, data?.frameworkVersion);
  const needsSomerset = data !== undefined && data.frameworkKey !== 'somerset';
  const somerset = useFrameworkVersion(needsSomerset ? 'somerset' : undefined, 'current');
  // The guidance is read before the session, so only a draft's pages show it.
  const plan = useObservationPlan(data?.workerId ?? '', data?.status === 'draft');

  const table2 = useMemo(
    () => dreyfusScale(needsSomerset ? somerset.data : version.data),
    [needsSomerset, somerset.data, version.data],
  );
  const competencies = useMemo(
    () => (data && version.data ? itemCompetencies(data, competenciesOf(version.data, table2), table2) : undefined),
    [data, version.data, table2],
  );
  const ready = competencies !== undefined && (!needsSomerset || somerset.data !== undefined || somerset.isError);
  return {
    observation,
    competencies: ready ? competencies : undefined,
    frameworkTitle: version.data?.title ?? data?.frameworkKey ?? '',
    guidance: plan.data?.guidance,
    error: observation.error ?? version.error ?? null,
  };
}

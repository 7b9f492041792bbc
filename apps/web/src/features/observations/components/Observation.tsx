import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading } from '../../../lib/components/Loading';
import { observationQuery } from '../api/observations';
import type { Viewer } from '../model/flash';
import { ObservationProblem } from './ObservationProblem';
import { ObservationRecord } from './ObservationRecord';
import { PlannedObservation } from './PlannedObservation';
import { ScoreObservation } from './ScoreObservation';
import { useObservationContext } from './use-observation-context';

/**
 * `/observations/:id`: a draft is the scoring form for a supervisor, and the plan with its
 * guidance for the worker; a signed-off observation is its read-only record.
 */
export function Observation({ id, viewer }: { id: string; viewer: Viewer }) {
  const queryClient = useQueryClient();
  const { observation, competencies, frameworkTitle, guidance, error } = useObservationContext(id);
  // Bumped by "Reload the latest version": the scoring form starts afresh from what was read.
  const [generation, setGeneration] = useState(0);

  if (error) return <ObservationProblem error={error} />;
  // The form starts from what the API holds now, never from an older cached copy.
  if (!observation.data || !competencies || (observation.isFetching && !observation.isFetchedAfterMount)) {
    return <Loading what="the observation" />;
  }
  const data = observation.data;
  const isWorker = viewer.personId === data.workerId;

  if (data.status === 'signed-off') {
    return (
      <ObservationRecord
        observation={data}
        competencies={competencies}
        frameworkTitle={frameworkTitle}
        viewer={viewer}
      />
    );
  }
  if (!viewer.isSupervisor || isWorker) {
    return (
      <PlannedObservation
        observation={data}
        competencies={competencies}
        frameworkTitle={frameworkTitle}
        guidance={guidance}
        isWorker={isWorker}
      />
    );
  }
  const reload = async () => {
    await queryClient.fetchQuery({ ...observationQuery(id), staleTime: 0 });
    setGeneration((count) => count + 1);
  };
  return (
    <ScoreObservation
      key={`${data.id}:${generation}`}
      observation={data}
      competencies={competencies}
      guidance={guidance}
      onReload={() => void reload()}
    />
  );
}

import { useSearchParams } from 'react-router-dom';
import { PlanObservation } from '../features/observations/components/PlanObservation';
import { useSignedInPerson } from '../lib/api/me';

/** `/observations/new?workerId=` (supervisors for their supervisees, link workers for themselves). */
export function PlanObservationPage() {
  const [params] = useSearchParams();
  const me = useSignedInPerson();
  const workerId = params.get('workerId') ?? '';
  return <PlanObservation key={workerId} workerId={workerId} selfPlanning={workerId === me.personId} />;
}

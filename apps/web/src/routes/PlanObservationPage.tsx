import { useSearchParams } from 'react-router-dom';
import { useSignedInPerson } from '../features/auth/api/me';
import { PlanObservation } from '../features/observations/components/PlanObservation';

/** `/observations/new?workerId=` (supervisors for their supervisees, link workers for themselves). */
export function PlanObservationPage() {
  const [params] = useSearchParams();
  const me = useSignedInPerson();
  const workerId = params.get('workerId') ?? '';
  return <PlanObservation key={workerId} workerId={workerId} selfPlanning={workerId === me.personId} />;
}

import { useParams } from 'react-router-dom';
import { AmendObservation } from '../features/observations/components/AmendObservation';
import { useSignedInPerson } from '../lib/api/me';
import { isSupervisor } from '../lib/access';

/** `/observations/:id/amend` (supervisors): correct a signed-off observation, with a reason. */
export function AmendObservationPage() {
  const { id = '' } = useParams();
  const me = useSignedInPerson();
  return <AmendObservation key={id} id={id} viewer={{ personId: me.personId, isSupervisor: isSupervisor(me) }} />;
}

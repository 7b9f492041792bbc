import { useParams } from 'react-router-dom';
import { useSignedInPerson } from '../features/auth/api/me';
import { isSupervisor } from '../features/auth/model/access';
import { AmendObservation } from '../features/observations/components/AmendObservation';

/** `/observations/:id/amend` (supervisors): correct a signed-off observation, with a reason. */
export function AmendObservationPage() {
  const { id = '' } = useParams();
  const me = useSignedInPerson();
  return <AmendObservation key={id} id={id} viewer={{ personId: me.personId, isSupervisor: isSupervisor(me) }} />;
}

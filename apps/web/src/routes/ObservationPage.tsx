import { useParams } from 'react-router-dom';
import { Observation } from '../features/observations/components/Observation';
import { useSignedInPerson } from '../lib/api/me';
import { isSupervisor } from '../lib/access';

/** `/observations/:id`: the scoring form (a supervisor, while a draft), or the observation itself. */
export function ObservationPage() {
  const { id = '' } = useParams();
  const me = useSignedInPerson();
  return <Observation key={id} id={id} viewer={{ personId: me.personId, isSupervisor: isSupervisor(me) }} />;
}

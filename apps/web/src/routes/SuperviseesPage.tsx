import { SuperviseesList } from '../features/people/components/SuperviseesList';
import { useSignedInPerson } from '../lib/api/me';

/** `/supervisees` (supervisors). */
export function SuperviseesPage() {
  const me = useSignedInPerson();
  return <SuperviseesList selfId={me.personId} />;
}

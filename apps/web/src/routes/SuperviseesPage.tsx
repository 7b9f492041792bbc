import { useSignedInPerson } from '../features/auth/api/me';
import { SuperviseesList } from '../features/people/components/SuperviseesList';

/** `/supervisees` (supervisors). */
export function SuperviseesPage() {
  const me = useSignedInPerson();
  return <SuperviseesList selfId={me.personId} />;
}

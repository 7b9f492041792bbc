import { useParams } from 'react-router-dom';
import { ChangePerson } from '../features/people/components/ChangePersonForm';
import { useSignedInPerson } from '../lib/api/me';

/** `/people/:id` (employer admins): change someone's roles, or deactivate them. */
export function PersonPage() {
  const { id = '' } = useParams();
  const me = useSignedInPerson();
  return <ChangePerson personId={id} isSelf={me.personId === id} />;
}

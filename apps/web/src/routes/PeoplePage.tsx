import { useSignedInPerson } from '../features/auth/api/me';
import { PeopleOverview } from '../features/people/components/PeopleOverview';

/** `/people` (employer admins). */
export function PeoplePage() {
  const me = useSignedInPerson();
  return <PeopleOverview organisationName={me.organisation?.name} />;
}

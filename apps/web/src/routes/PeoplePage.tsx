import { PeopleOverview } from '../features/people/components/PeopleOverview';
import { useSignedInPerson } from '../lib/api/me';

/** `/people` (employer admins). */
export function PeoplePage() {
  const me = useSignedInPerson();
  return <PeopleOverview organisationName={me.organisation?.name} />;
}

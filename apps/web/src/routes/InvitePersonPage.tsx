import { InvitePersonForm } from '../features/people/components/InvitePersonForm';

/** `/people/invite` (employer admins). */
export function InvitePersonPage() {
  return <InvitePersonForm />;
}

import { useParams } from 'react-router-dom';
import { AcceptInvitation } from '../features/auth/components/AcceptInvitation';

/** `/invitations/:token`: the link in an invitation email. */
export function InvitationPage() {
  const { token = '' } = useParams();
  return <AcceptInvitation key={token} token={token} />;
}

import { useParams } from 'react-router-dom';
import { ResetPassword } from '../features/auth/components/PasswordReset';

/** `/password-reset/:token`: the link in a password-reset email. */
export function PasswordResetPage() {
  const { token = '' } = useParams();
  return <ResetPassword key={token} token={token} />;
}

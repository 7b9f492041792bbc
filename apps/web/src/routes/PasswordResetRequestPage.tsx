import { RequestPasswordReset } from '../features/auth/components/PasswordReset';

/** `/password-reset` */
export function PasswordResetRequestPage() {
  return <RequestPasswordReset />;
}

import { useSignedInPerson } from '../features/auth/api/me';
import { TwoFactorSettings } from '../features/auth/components/TwoFactorSettings';

/** `/account/two-factor` (signed in; open to a session that must set it up first). */
export function TwoFactorPage() {
  const me = useSignedInPerson();
  return <TwoFactorSettings me={me} />;
}

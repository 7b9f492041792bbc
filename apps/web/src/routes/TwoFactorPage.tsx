import { TwoFactorSettings } from '../features/auth/components/TwoFactorSettings';
import { useSignedInPerson } from '../lib/api/me';

/** `/account/two-factor` (signed in; open to a session that must set it up first). */
export function TwoFactorPage() {
  const me = useSignedInPerson();
  return <TwoFactorSettings me={me} />;
}

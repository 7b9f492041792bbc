import { Header } from 'nhsuk-react-components';
import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { MeView } from '../../../lib/api/me';
import { paths } from '../../../config/paths';
import { useSignOut } from '../api/sign-out';

/**
 * The items of the header's account area (Layout puts them in `Header.Account`,
 * which the header must see as its direct child). Signed in: the person's name,
 * their two-step verification settings and a Sign out button (an action, so a
 * button in a form, not a link). Signed out: a Sign in link.
 */
export function AccountItems({ me }: { me: MeView | null }) {
  const signOut = useSignOut();
  if (me === null) {
    return (
      <Header.AccountItem href={paths.signIn} asElement={Link} to={paths.signIn} icon>
        Sign in
      </Header.AccountItem>
    );
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    signOut.mutate();
  };
  return (
    <>
      <Header.AccountItem icon>
        <span className="nhsuk-u-visually-hidden">Signed in as </span>
        {me.fullName}
      </Header.AccountItem>
      <Header.AccountItem href={paths.twoFactor} asElement={Link} to={paths.twoFactor}>
        Two-step verification
      </Header.AccountItem>
      <Header.AccountItem formProps={{ onSubmit }} type="submit" disabled={signOut.isPending}>
        Sign out
      </Header.AccountItem>
    </>
  );
}

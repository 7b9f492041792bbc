import { SignIn } from '../features/auth/components/SignIn';

/** `/sign-in` */
export function SignInPage() {
  return <SignIn />;
}

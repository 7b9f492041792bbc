import { useState, type FormEvent } from 'react';
import { problemsFromError, type FieldSpec } from '../../../lib/field-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { checkNewPassword } from '../model/password-policy';

export const NEW_PASSWORD_INPUT_ID = 'password';

const FIELDS: readonly FieldSpec[] = [{ apiName: 'password', inputId: NEW_PASSWORD_INPUT_ID, label: 'Password' }];

/**
 * A form that chooses a new password (accepting an invitation, resetting a password): the
 * password typed, its problems, and a submit that checks it against the policy before `send`
 * asks the API, showing the API's refusal the same way.
 */
export function useNewPasswordForm(send: (password: string, onError: (error: Error) => void) => void) {
  const [password, setPassword] = useState('');
  const { problems, attempt, fail, clear } = useFormProblems();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkNewPassword(password, NEW_PASSWORD_INPUT_ID);
    if (found.length > 0) return fail(found);
    clear();
    send(password, (error) => fail(problemsFromError(error, FIELDS)));
  };

  return { password, setPassword, problems, attempt, onSubmit };
}

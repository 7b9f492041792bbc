import { TextInput } from 'nhsuk-react-components';

/** The email address someone signs in with (`#email`), as signing in and asking for a reset link both ask for it. */
export function EmailInput({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <TextInput
      id="email"
      name="email"
      type="email"
      label="Email address"
      autoComplete="email"
      spellCheck={false}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

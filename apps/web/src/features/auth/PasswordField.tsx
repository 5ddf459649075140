import type { ReactNode } from 'react';

import { Field, inputClass, invalidProps } from '../wizard-policy/components/fields';

export interface PasswordFieldProps {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  /** `current-password` for the one being proved, `new-password` (the default) for one being set. */
  autoComplete?: 'current-password' | 'new-password';
  onChange: (value: string) => void;
}

/** A labelled password input with its error under it; the sign-in page excepted, every password field is one. */
export function PasswordField({
  id,
  label,
  value,
  error,
  autoComplete = 'new-password',
  onChange,
}: PasswordFieldProps): ReactNode {
  return (
    <Field id={id} label={label} error={error}>
      <input
        type="password"
        autoComplete={autoComplete}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={inputClass}
        {...invalidProps(id, error)}
      />
    </Field>
  );
}

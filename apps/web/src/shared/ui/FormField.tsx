import type { ReactNode } from 'react';

import { inputClass } from './form-styles';

/**
 * A labelled field with its hint and its error right under it; the input inside takes `invalidProps(id, error)` so
 * the error describes it.
 * @example <Field id="name" label="Name" error={e}><input {...invalidProps('name', e)} className={inputClass} /></Field>
 */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  children: ReactNode;
}): ReactNode {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && <p className="text-xs text-slate-500 dark:text-slate-400">{hint}</p>}
      {error && (
        <p id={`${id}-error`} className="text-xs whitespace-pre-line text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}

/** Props that wire an input to its Field's error. */
export function invalidProps(id: string, error: string | undefined): Record<string, string | boolean | undefined> {
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined };
}

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

/** The API's reason for refusing an action (a 409, a 400), announced where the user acted; nothing when none. */
export function FormError({ error }: { error: string | null | undefined }): ReactNode {
  if (!error) return null;
  return (
    <p role="alert" className="text-sm whitespace-pre-line text-red-700 dark:text-red-300">
      {error}
    </p>
  );
}

/** A select's option: a value shown as it is, or a value with its own label. */
export type SelectOption = string | { value: string; label: string };

export interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  disabled?: boolean | undefined;
  onChange: (value: string) => void;
}

/** A labelled select of a form (wizards, dialogs). */
export function SelectField({ id, label, value, options, disabled, onChange }: SelectFieldProps): ReactNode {
  return (
    <Field id={id} label={label}>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        className={inputClass}
      >
        {options.map((option) => {
          const { value: v, label: l } = typeof option === 'string' ? { value: option, label: option } : option;
          return (
            <option key={v} value={v}>
              {l}
            </option>
          );
        })}
      </select>
    </Field>
  );
}

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: ReactNode;
  inputMode?: 'numeric' | 'decimal';
  placeholder?: string;
  disabled?: boolean;
  readOnly?: boolean;
  onChange: (value: string) => void;
}

/** A labelled text input of a form, its error wired to it (`invalidProps`). */
export function TextField({ id, label, value, error, hint, onChange, ...input }: TextFieldProps): ReactNode {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input
        {...invalidProps(id, error)}
        {...input}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={inputClass}
      />
    </Field>
  );
}

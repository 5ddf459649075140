import type { CreateUserBody, Role } from '@harborview/contracts/users';
import { ROLES } from '@harborview/contracts/users';
import { TEST_IDS } from '@harborview/testids/testids';
import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';

import { inputClass } from '../../../shared/ui/form-styles';
import { Field, FormError, PasswordField } from '../../../shared/ui/FormField';
import { newPasswordError } from '../../auth/password-form';

export interface CreateUserFormProps {
  busy: boolean;
  /** The API's refusal (a taken name, a bad one), shown under the form. */
  error: string | null;
  /** Resolves once the user exists, so the form can empty itself. */
  onCreate: (body: CreateUserBody) => Promise<unknown>;
}

/** Add User: a name, a role (viewer by default, the least trust) and a first password. */
export function CreateUserForm({ busy, error, onCreate }: CreateUserFormProps): ReactNode {
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState(false);
  const passwordError = checked ? newPasswordError(password) : undefined;
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setChecked(true);
    if (!username || newPasswordError(password)) return;
    void onCreate({ username, role, password }).then(
      () => {
        setUsername('');
        setPassword('');
        setChecked(false);
      },
      () => undefined,
    );
  };
  return (
    <form
      noValidate
      aria-label="Add user"
      data-testid={TEST_IDS.createUserForm}
      onSubmit={submit}
      className="space-y-2 rounded border border-slate-200 p-3 dark:border-slate-700"
    >
      <h2 className="text-sm font-semibold">Add user</h2>
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem_1fr_auto] sm:items-start">
        <Field id="new-user-name" label="User name">
          <input
            id="new-user-name"
            autoComplete="off"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            className={inputClass}
          />
        </Field>
        <Field id="new-user-role" label="Role">
          <select
            id="new-user-role"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            className={inputClass}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </Field>
        <PasswordField
          id="new-user-password"
          label="Password"
          value={password}
          error={passwordError}
          onChange={setPassword}
        />
        <button
          type="submit"
          disabled={busy}
          className="self-end rounded bg-sky-700 px-3 py-1 text-sm text-white disabled:opacity-50"
        >
          Add
        </button>
      </div>
      <FormError error={error} />
    </form>
  );
}

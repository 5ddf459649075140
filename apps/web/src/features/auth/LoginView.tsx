import type { LoginBody } from '@harborview/contracts/session';
import { TEST_IDS } from '@harborview/testids/testids';
import type { FormEvent, ReactNode } from 'react';
import { useId, useState } from 'react';

export interface LoginViewProps {
  /** Why the last try failed, shown above the fields. */
  error: string | null;
  busy: boolean;
  onSubmit: (body: LoginBody) => void;
}

const inputClass =
  'w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-slate-900 outline-none focus-visible:ring-2 focus-visible:ring-sky-500';

/** A required sign-in input named by its placeholder, as the vSphere Client's sign-in has no visible labels. */
function LoginInput({
  label,
  name,
  type,
  autoComplete,
  value,
  onChange,
}: {
  label: string;
  name: string;
  type?: 'password';
  autoComplete: 'username' | 'current-password';
  value: string;
  onChange: (value: string) => void;
}): ReactNode {
  return (
    <input
      aria-label={label}
      name={name}
      type={type}
      autoComplete={autoComplete}
      placeholder={label}
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
      className={inputClass}
    />
  );
}

/** The vSphere Client's sign-in: the product name over a user name, a password and LOGIN, on the header colour. */
export function LoginView({ error, busy, onSubmit }: LoginViewProps): ReactNode {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const errorId = useId();
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (username && password) onSubmit({ username, password });
  };
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-[#314351] to-[#0f171c] p-4">
      <form
        aria-labelledby="login-title"
        aria-describedby={error ? errorId : undefined}
        data-testid={TEST_IDS.loginForm}
        onSubmit={submit}
        className="w-full max-w-sm space-y-4 rounded bg-white/95 p-8 text-sm text-slate-900 shadow-xl"
      >
        <div className="flex items-center gap-3">
          <img src="/favicon.svg" alt="" className="h-9 w-9" />
          <div>
            <h1 id="login-title" className="text-2xl font-light tracking-wide">
              Harborview
            </h1>
            <p className="text-xs text-slate-500">Harbor on vSAN</p>
          </div>
        </div>
        {error && (
          <p id={errorId} role="alert" className="rounded bg-red-50 p-2 text-red-800">
            {error}
          </p>
        )}
        <LoginInput label="User name" name="username" autoComplete="username" value={username} onChange={setUsername} />
        <LoginInput
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <button
          type="submit"
          disabled={busy}
          className="w-full rounded bg-[#0072a3] py-2 font-semibold tracking-widest text-white hover:bg-[#00567a] disabled:opacity-60"
        >
          {busy ? 'LOGGING IN…' : 'LOGIN'}
        </button>
      </form>
    </main>
  );
}

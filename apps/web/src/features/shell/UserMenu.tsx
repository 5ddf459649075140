import { TEST_IDS } from '@harborview/testids/testids';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';

import { signOut } from '../auth/api';
import { ChangePasswordDialog } from '../auth/ChangePasswordDialog';
import { LOGIN_PATH } from '../auth/login-redirect';
import { useSession } from '../auth/use-can';

import { healthQueryOptions } from './api';

const itemClass =
  'block w-full rounded px-2 py-1 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 dark:hover:bg-slate-700';

/**
 * The header's user menu, as in the vSphere Client: the signed-in user, Change Password and Log Out, plus the
 * console's build and backend, which is what an operator asks first when reporting a problem.
 */
export function UserMenu(): ReactNode {
  const [open, setOpen] = useState(false);
  const [changing, setChanging] = useState(false);
  const health = useQuery(healthQueryOptions());
  const session = useSession();
  const navigate = useNavigate();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent): void => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const logOut = async (): Promise<void> => {
    setOpen(false);
    // Signed out either way: a session that had already ended answers 401, which is what we wanted.
    await signOut().catch(() => undefined);
    // The sign-in page empties the query cache once this page has gone.
    await navigate(LOGIN_PATH, { replace: true });
  };

  return (
    <div ref={rootRef} className="relative" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid={TEST_IDS.userMenu}
        onClick={() => setOpen((o) => !o)}
        className="rounded px-2 py-1 text-sm hover:bg-white/10 focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-300"
      >
        {session?.username ?? 'User'} ▾
      </button>
      {open && (
        <div
          role="menu"
          aria-label="User"
          className="absolute right-0 z-20 mt-1 w-64 rounded border border-slate-300 bg-white p-1 text-sm text-slate-900 shadow-lg dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
        >
          {session && (
            <p data-testid={TEST_IDS.signedInAs} className="px-2 py-1">
              Signed in as <strong>{session.username}</strong>
              <span className="block text-xs text-slate-500 dark:text-slate-400">Role: {session.role}</span>
            </p>
          )}
          <button
            type="button"
            role="menuitem"
            className={itemClass}
            onClick={() => {
              setOpen(false);
              setChanging(true);
            }}
          >
            Change password
          </button>
          <button type="button" role="menuitem" className={itemClass} onClick={() => void logOut()}>
            Log out
          </button>
          <p className="mt-1 border-t border-slate-200 px-2 pt-1 text-xs text-slate-500 dark:border-slate-600 dark:text-slate-400">
            Harborview {health.data ? `${health.data.version} · backend: ${health.data.backend}` : ''}
          </p>
        </div>
      )}
      {changing && <ChangePasswordDialog onClose={() => setChanging(false)} />}
    </div>
  );
}

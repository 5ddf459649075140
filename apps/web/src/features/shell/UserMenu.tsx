import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

import { healthQueryOptions } from './api';

/**
 * The header's user menu. Sign-in arrives with the security issue; until then it names the
 * console's build and backend, which is what an operator asks first when reporting a problem.
 */
export function UserMenu(): ReactNode {
  const [open, setOpen] = useState(false);
  const health = useQuery(healthQueryOptions());
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent): void => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div ref={rootRef} className="relative" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        className="rounded px-2 py-1 text-sm hover:bg-white/10 focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-300"
      >
        User ▾
      </button>
      {open && (
        <div
          role="menu"
          aria-label="User"
          className="absolute right-0 z-20 mt-1 w-64 rounded border border-slate-300 bg-white p-1 text-sm text-slate-900 shadow-lg dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
        >
          <p role="menuitem" aria-disabled="true" className="px-2 py-1 text-slate-500 dark:text-slate-400">
            Not signed in (sign-in is not enabled yet)
          </p>
          <p role="menuitem" aria-disabled="true" className="px-2 py-1">
            Harborview {health.data ? `${health.data.version} · backend: ${health.data.backend}` : ''}
          </p>
        </div>
      )}
    </div>
  );
}

import type { Role } from '@harborview/contracts/users';
import { roleAllows } from '@harborview/contracts/users';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router';

import { CONSOLE_PATHS } from './console-paths';

interface NavEntry {
  id: string;
  label: string;
  to: string;
  prefix: string;
  /** Shown only to this role and above. */
  minRole?: Role;
}

const ENTRIES: readonly NavEntry[] = [
  { id: 'inventory', label: 'Inventory', to: '/inventory/vcenter/vcenter/summary', prefix: '/inventory' },
  { id: 'volumes', label: 'Volumes', to: CONSOLE_PATHS.volumes, prefix: CONSOLE_PATHS.volumes },
  { id: 'policies', label: 'Storage Policies', to: CONSOLE_PATHS.policies, prefix: CONSOLE_PATHS.policies },
  { id: 'harbor', label: 'Harbor', to: CONSOLE_PATHS.harbor, prefix: CONSOLE_PATHS.harbor },
  { id: 'setup', label: 'Setup', to: '/setup', prefix: '/setup' },
  { id: 'runbook', label: 'Runbook', to: '/runbook', prefix: '/runbook' },
  { id: 'failover', label: 'Failover', to: CONSOLE_PATHS.failover, prefix: CONSOLE_PATHS.failover },
  { id: 'admin', label: 'Administration', to: '/admin/users', prefix: '/admin', minRole: 'admin' },
];

/** Shortcuts to the console's pages, like the vSphere Client's Menu: every page is one Tab and Enter away. */
export function ConsoleNav({ role }: { role?: Role | undefined }): ReactNode {
  const { pathname } = useLocation();
  const entries = ENTRIES.filter((entry) => !entry.minRole || (role !== undefined && roleAllows(role, entry.minRole)));
  return (
    <nav
      aria-label="Console"
      data-testid={TEST_IDS.consoleNav}
      className="flex gap-1 border-b border-slate-200 bg-white px-2 dark:border-slate-700 dark:bg-slate-900"
    >
      {entries.map((entry) => {
        const current = pathname === entry.prefix || pathname.startsWith(`${entry.prefix}/`);
        return (
          <Link
            key={entry.id}
            to={entry.to}
            aria-current={current ? 'page' : undefined}
            data-testid={TEST_IDS.consoleNavLink(entry.id)}
            className={`px-3 py-1.5 text-sm outline-none focus-visible:ring-2 focus-visible:ring-sky-500 ${
              current
                ? 'border-b-2 border-sky-600 font-semibold text-sky-800 dark:border-sky-400 dark:text-sky-200'
                : 'text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white'
            }`}
          >
            {entry.label}
          </Link>
        );
      })}
    </nav>
  );
}

/** The workspace frame every page renders in: the console navigation (for the signed-in `role`) above the page. */
export function ConsoleLayout({ role }: { role?: Role | undefined }): ReactNode {
  return (
    <div className="flex h-full flex-col">
      <ConsoleNav role={role} />
      <div className="min-h-0 flex-1 overflow-auto">
        <Outlet />
      </div>
    </div>
  );
}

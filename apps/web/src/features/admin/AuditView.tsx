import type { AuditEntry } from '@harborview/contracts/audit';
import { API_ROUTES } from '@harborview/contracts/routes';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatTime } from '../../shared/lib/format';
import { EmptyState } from '../../shared/ui/QueryState';
import { StatusBadge } from '../../shared/ui/StatusBadge';

import { TableHead } from './components/TableHead';
import { auditResult, auditTarget, auditUsers, filterAudit } from './audit-rows';
import type { AuditFilters } from './audit-rows';

export interface AuditViewProps {
  /** Newest first. */
  entries: AuditEntry[];
  filters: AuditFilters;
  onFiltersChange: (filters: AuditFilters) => void;
  onRefresh: () => void;
}

const COLUMNS = ['Time', 'User', 'Action', 'Target', 'Result'];
const cell = 'px-2 py-1.5 align-top';
// A table of thousands of rows helps nobody and slows the page; the export has everything.
const MAX_ROWS = 500;
const control = 'rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-800';

/** The audit log: every change and sign-in the API answered, filtered by user and action, exportable whole. */
export function AuditView({ entries, filters, onFiltersChange, onRefresh }: AuditViewProps): ReactNode {
  const rows = filterAudit(entries, filters);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="space-y-1">
          <span className="block font-medium">User</span>
          <select
            value={filters.user}
            onChange={(e) => onFiltersChange({ ...filters, user: e.target.value })}
            className={control}
          >
            <option value="">All users</option>
            {auditUsers(entries).map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">Action</span>
          <input
            type="search"
            value={filters.action}
            placeholder="e.g. volumes.create"
            onChange={(e) => onFiltersChange({ ...filters, action: e.target.value })}
            className={control}
          />
        </label>
        <button type="button" onClick={onRefresh} className={control}>
          Refresh
        </button>
        <a
          href={API_ROUTES.auditExport}
          download
          data-testid={TEST_IDS.auditExport}
          className="ml-auto text-sky-700 underline dark:text-sky-300"
        >
          Export JSON lines
        </a>
      </div>
      <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-300">
        {rows.length} of {entries.length} entries
        {rows.length > MAX_ROWS && ` (the newest ${MAX_ROWS} shown: filter, or export for all)`}
      </p>
      {rows.length === 0 ? (
        <EmptyState>No audit entries match the filters.</EmptyState>
      ) : (
        <table data-testid={TEST_IDS.auditTable} className="w-full text-left text-sm">
          <caption className="sr-only">Audit log</caption>
          <TableHead columns={COLUMNS} cellClass={cell} />
          <tbody>
            {rows.slice(0, MAX_ROWS).map((entry) => {
              const result = auditResult(entry);
              return (
                <tr
                  key={entry.id}
                  data-testid={TEST_IDS.auditRow(entry.id)}
                  className="border-t border-slate-100 dark:border-slate-800"
                >
                  <td className={cell}>{formatTime(entry.at)}</td>
                  <td className={cell}>
                    {entry.user ?? '—'}
                    {entry.role && <span className="text-slate-500"> ({entry.role})</span>}
                  </td>
                  <td className={cell}>
                    <code>{entry.action}</code>
                    <span className="block text-xs text-slate-500">
                      {entry.method} {entry.route}
                    </span>
                  </td>
                  <td className={cell}>{auditTarget(entry)}</td>
                  <td className={cell}>
                    <StatusBadge tone={result.ok ? 'ok' : 'error'}>{result.label}</StatusBadge>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

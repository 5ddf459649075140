import type { AuditEntry } from '@harborview/contracts/audit';
import { API_ROUTES } from '@harborview/contracts/routes';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { formatTime } from '../../shared/lib/format';
import { DataTable } from '../../shared/ui/DataTable';
import { EmptyState } from '../../shared/ui/QueryState';
import { StatusBadge } from '../../shared/ui/StatusBadge';
import type { TableColumn } from '../../shared/ui/table-columns';

import type { AuditFilters } from './audit-rows';
import { auditResult, auditTarget, auditUsers, filterAudit } from './audit-rows';

export interface AuditViewProps {
  /** Newest first. */
  entries: AuditEntry[];
  filters: AuditFilters;
  onFiltersChange: (filters: AuditFilters) => void;
  onRefresh: () => void;
}

const COLUMNS: TableColumn<AuditEntry>[] = [
  { header: 'Time', cell: (entry) => formatTime(entry.at) },
  {
    header: 'User',
    cell: (entry) => (
      <>
        {entry.user ?? '—'}
        {entry.role && <span className="text-slate-500"> ({entry.role})</span>}
      </>
    ),
  },
  {
    header: 'Action',
    cell: (entry) => (
      <>
        <code>{entry.action}</code>
        <span className="block text-xs text-slate-500">
          {entry.method} {entry.route}
        </span>
      </>
    ),
  },
  { header: 'Target', cell: auditTarget },
  {
    header: 'Result',
    cell: (entry) => {
      const result = auditResult(entry);
      return <StatusBadge tone={result.ok ? 'ok' : 'error'}>{result.label}</StatusBadge>;
    },
  },
];
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
      <DataTable
        caption="Audit log"
        testId={TEST_IDS.auditTable}
        columns={COLUMNS}
        rows={rows.slice(0, MAX_ROWS)}
        rowKey={(entry) => entry.id}
        rowProps={(entry) => ({ testId: TEST_IDS.auditRow(entry.id), className: 'align-top' })}
        empty={<EmptyState>No audit entries match the filters.</EmptyState>}
      />
    </div>
  );
}

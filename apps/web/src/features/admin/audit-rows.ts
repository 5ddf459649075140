import type { AuditEntry } from '@harborview/contracts/audit';

export interface AuditFilters {
  /** Exact user name; '' for everyone. */
  user: string;
  /** Part of the action name, e.g. `volumes` or `session.login`; '' for every action. */
  action: string;
}

/** The entries the filters keep, in the order given. */
export function filterAudit(entries: readonly AuditEntry[], filters: AuditFilters): AuditEntry[] {
  const action = filters.action.trim().toLowerCase();
  return entries.filter(
    (e) => (!filters.user || e.user === filters.user) && (!action || e.action.toLowerCase().includes(action)),
  );
}

/** Everyone who appears in the log, sorted, for the user filter. */
export function auditUsers(entries: readonly AuditEntry[]): string[] {
  return [...new Set(entries.flatMap((e) => (e.user ? [e.user] : [])))].sort();
}

/** What was asked of, as `name=value` pairs (`id=host-1`), or a dash. */
export function auditTarget(entry: AuditEntry): string {
  const pairs = Object.entries(entry.target).map(([key, value]) => `${key}=${value}`);
  return pairs.length ? pairs.join(', ') : '—';
}

/** Success with its status, or the refusal's code and status (`Refused: forbidden (403)`). */
export function auditResult(entry: AuditEntry): { ok: boolean; label: string } {
  if (entry.status < 400) return { ok: true, label: `Success (${entry.status})` };
  return { ok: false, label: `Refused: ${entry.errorCode ?? 'error'} (${entry.status})` };
}

import type { AuditEntry, AuditPage } from '@harborview/contracts/audit';
import type { Database } from 'better-sqlite3';

interface AuditRow {
  id: number;
  at_ms: number;
  twin_time: string | null;
  user: string | null;
  role: AuditEntry['role'];
  method: AuditEntry['method'];
  route: string;
  action: string;
  target: string;
  status: number;
  error_code: string | null;
  request_id: string;
}

/** The audit table: appended to after every audited request, read by admins. */
export interface AuditLog {
  record(entry: Omit<AuditEntry, 'id' | 'at'> & { atMs: number }): void;
  page(after: number, limit: number): AuditPage;
  /** Every entry, oldest first, one JSON text per entry; read in chunks so a long log never sits in memory. */
  lines(): Iterable<string>;
}

// The newest entries kept; older ones are pruned now and then so a busy console cannot fill the disk.
const KEEP_ENTRIES = 100_000;
const PRUNE_EVERY = 1_000;
const EXPORT_CHUNK = 1_000;

const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: new Date(row.at_ms).toISOString(),
  twinTime: row.twin_time,
  user: row.user,
  role: row.role,
  method: row.method,
  route: row.route,
  action: row.action,
  target: JSON.parse(row.target) as Record<string, string>,
  status: row.status,
  errorCode: row.error_code,
  requestId: row.request_id,
});

/** The audit log in `db`'s audit_log table (see auth-db.ts). */
export function createAuditLog(db: Database): AuditLog {
  const insert = db.prepare(
    `INSERT INTO audit_log (at_ms, twin_time, user, role, method, route, action, target, status, error_code, request_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectAfter = db.prepare<[number, number], AuditRow>(
    'SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT ?',
  );
  const prune = db.prepare(
    'DELETE FROM audit_log WHERE id <= (SELECT id FROM audit_log ORDER BY id DESC LIMIT 1 OFFSET ?)',
  );
  let sincePrune = 0;

  return {
    record(entry) {
      insert.run(
        entry.atMs,
        entry.twinTime,
        entry.user,
        entry.role,
        entry.method,
        entry.route,
        entry.action,
        JSON.stringify(entry.target),
        entry.status,
        entry.errorCode,
        entry.requestId,
      );
      sincePrune += 1;
      if (sincePrune >= PRUNE_EVERY) {
        sincePrune = 0;
        prune.run(KEEP_ENTRIES);
      }
    },
    page(after, limit) {
      const items = selectAfter.all(after, limit).map(toEntry);
      return { items, lastId: items.at(-1)?.id ?? after };
    },
    *lines() {
      let after = 0;
      for (;;) {
        const rows = selectAfter.all(after, EXPORT_CHUNK);
        for (const row of rows) yield JSON.stringify(toEntry(row));
        if (rows.length < EXPORT_CHUNK) return;
        after = rows.at(-1)!.id;
      }
    },
  };
}

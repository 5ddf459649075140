import type { Database } from 'better-sqlite3';

import { StoreError } from './store-error';

/** 'HBVW' in the SQLite header, so we never adopt (or migrate) some other program's database. */
export const APPLICATION_ID = 0x48425657;

interface Migration {
  version: number;
  sql: string;
}

// Append-only: a shipped migration is never edited, only followed by a new one.
// Columns are TEXT rather than a JSON type name: `JSON` would get NUMERIC affinity and turn "123" into 123.
// STRICT makes SQLite reject a wrongly typed value instead of storing it silently.
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      CREATE TABLE commands (
        seq INTEGER PRIMARY KEY,
        at_ms INTEGER NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body))
      ) STRICT;
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        seq INTEGER NOT NULL REFERENCES commands (seq),
        type TEXT NOT NULL,
        at_ms INTEGER NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body))
      ) STRICT;
      CREATE INDEX events_by_seq ON events (seq);
      CREATE TABLE snapshots (
        seq INTEGER PRIMARY KEY,
        at_ms INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (json_valid(state))
      ) STRICT;
    `,
  },
];

// Created inside the first migration's transaction: a crash before it commits leaves a file that still looks new.
const CREATE_MIGRATIONS_TABLE =
  'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL) STRICT';

/** The schema this build writes; a file with a higher version was written by a newer build. */
export const SCHEMA_VERSION: number = MIGRATIONS.at(-1)?.version ?? 0;

function userTables(db: Database): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
  return rows.map((row) => (row as { name: string }).name);
}

function appliedVersion(db: Database): number {
  if (!userTables(db).includes('schema_migrations')) return 0;
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

/** Read-only checks before anything is written: refuses foreign, newer or damaged files with a clear error. */
export function checkCompatible(db: Database, file: string): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const tables = userTables(db);
  if (applicationId === 0 && tables.length === 0) return; // a brand-new (or empty) file
  if (applicationId !== APPLICATION_ID || !tables.includes('schema_migrations')) {
    throw new StoreError(
      'incompatible',
      `${file} is a SQLite database but not a Harborview one (tables: ${tables.join(', ') || 'none'}); ` +
        'point DATA_DIR at another directory, or move the file aside',
    );
  }
  const version = appliedVersion(db);
  if (version > SCHEMA_VERSION) {
    throw new StoreError(
      'incompatible',
      `${file} has schema version ${version}, newer than this build understands (${SCHEMA_VERSION}); ` +
        'run a newer Harborview, or point DATA_DIR at another directory',
    );
  }
  const problems = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
  if (problems.length !== 1 || problems[0]?.quick_check !== 'ok') {
    const first = problems.slice(0, 3).map((row) => row.quick_check);
    throw new StoreError(
      'corrupt',
      `${file} failed SQLite's integrity check (${first.join('; ')}); ` +
        'restore it from a backup or move it aside; it was left untouched',
    );
  }
}

/** Applies every migration newer than the file's version, each in its own transaction with its version row. */
export function migrate(db: Database): void {
  const from = appliedVersion(db);
  for (const migration of MIGRATIONS) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      db.exec(CREATE_MIGRATIONS_TABLE);
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        migration.version,
        new Date().toISOString(),
      );
      // In the same transaction, so a crash never leaves a tagged file without its tables.
      db.pragma(`application_id = ${APPLICATION_ID}`);
    }).immediate();
  }
}

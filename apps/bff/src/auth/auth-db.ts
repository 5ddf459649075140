import type { Database } from 'better-sqlite3';

import { openDatabase } from '../store/open-database';
import type { Durability } from '../store/types';

// The users, sessions and audit tables live in the twin's own database file (DATA_DIR/harborview.db), on a second
// connection: one file to back up, and the twin's schema and migrations stay untouched. Append-only, like the
// store's migrations; the applied version is kept in the store's meta table.
const AUTH_MIGRATIONS: readonly string[] = [
  `
    CREATE TABLE auth_users (
      username TEXT PRIMARY KEY COLLATE NOCASE,
      role TEXT NOT NULL CHECK (role IN ('viewer', 'operator', 'admin')),
      password_hash TEXT NOT NULL,
      created_ms INTEGER NOT NULL,
      password_changed_ms INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE auth_sessions (
      id_hash TEXT PRIMARY KEY,
      username TEXT NOT NULL REFERENCES auth_users (username) ON DELETE CASCADE,
      csrf_token TEXT NOT NULL,
      created_ms INTEGER NOT NULL,
      last_seen_ms INTEGER NOT NULL,
      presenting INTEGER NOT NULL CHECK (presenting IN (0, 1))
    ) STRICT;
    CREATE INDEX auth_sessions_by_user ON auth_sessions (username);
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at_ms INTEGER NOT NULL,
      twin_time TEXT,
      user TEXT,
      role TEXT,
      method TEXT NOT NULL,
      route TEXT NOT NULL,
      action TEXT NOT NULL,
      target TEXT NOT NULL CHECK (json_valid(target)),
      status INTEGER NOT NULL,
      error_code TEXT,
      request_id TEXT NOT NULL
    ) STRICT;
  `,
];
const VERSION_KEY = 'auth_schema_version';

/** Opens `file` (the store's database) on its own connection and brings the auth tables up to date. */
export function openAuthDatabase(file: string, durability: Durability): Database {
  const db = openDatabase(file, durability);
  const readVersion = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const migrate = db.transaction(() => {
    const applied = Number(readVersion.get(VERSION_KEY)?.value ?? '0');
    if (applied > AUTH_MIGRATIONS.length) {
      throw new Error(`${file} has auth schema ${applied}, newer than this build understands; run a newer Harborview`);
    }
    for (const sql of AUTH_MIGRATIONS.slice(applied)) db.exec(sql);
    db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(
      VERSION_KEY,
      String(AUTH_MIGRATIONS.length),
    );
  });
  try {
    migrate.immediate();
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

import type { Database } from 'better-sqlite3';
import BetterSqlite3 from 'better-sqlite3';

import { checkCompatible, migrate } from './schema';
import { StoreError } from './store-error';
import type { Durability } from './types';

// A second process (a CLI, a test) may hold a write lock briefly; wait rather than fail.
const BUSY_TIMEOUT_MS = 5_000;

function isSqliteDamage(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

function toStoreError(error: unknown, file: string): unknown {
  if (error instanceof StoreError || !isSqliteDamage(error)) return error;
  return new StoreError(
    'corrupt',
    `${file} is not a readable SQLite database (${error.message}); restore it from a backup or move it aside. ` +
      'It was left untouched',
    { cause: error },
  );
}

/**
 * Opens the file, refuses foreign, newer or damaged ones before writing a byte, then sets the pragmas and migrates.
 *
 * Durability: in WAL mode a commit is a write() into the -wal file. Once that returns the bytes sit in the OS page
 * cache, so a SIGKILL of this process cannot lose them even with synchronous=NORMAL; NORMAL only risks the last
 * commits on a power loss or kernel crash. FULL adds an fsync of the WAL per commit (about 1 ms here), which also
 * covers power loss. The BFF acknowledges operator commands, so it defaults to FULL; NORMAL is there for benches.
 */
export function openDatabase(file: string, durability: Durability): Database {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    checkCompatible(db, file);
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') {
      throw new StoreError('incompatible', `${file}: SQLite could not switch to WAL (journal_mode is ${String(mode)})`);
    }
    db.pragma(`synchronous = ${durability}`);
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw toStoreError(error, file);
  }
}

import { createHash, randomBytes } from 'node:crypto';

import type { Database } from 'better-sqlite3';

/** One signed-in session; `id` is the SHA-256 of the cookie's token, so the database never holds a usable token. */
export interface SessionRecord {
  id: string;
  username: string;
  csrfToken: string;
  createdMs: number;
  lastSeenMs: number;
  presenting: boolean;
}

export interface SessionManager {
  readonly idleMs: number;
  /** A new session for `username`; the token goes into the cookie and is not kept. */
  create(username: string): { token: string; session: SessionRecord };
  /** The live session behind a cookie token, marked as seen now; undefined when unknown or idle for too long. */
  touch(token: string): SessionRecord | undefined;
  /** Whether a session (by id) is still live, without marking it seen (for open streams). */
  isLive(id: string): boolean;
  /** Presenter mode: while on, idle time does not end the session. */
  setPresenting(id: string, presenting: boolean): SessionRecord | undefined;
  /** When the session ends if it stays idle; null while presenting. */
  expiresAtMs(session: SessionRecord): number | null;
  remove(id: string): void;
  /** Ends every session of `username` but `keepId` (password changed, user removed). */
  removeAllOf(username: string, keepId?: string): void;
}

interface SessionRow {
  id_hash: string;
  username: string;
  csrf_token: string;
  created_ms: number;
  last_seen_ms: number;
  presenting: 0 | 1;
}

// Marking a session seen on every request would be a disk write per request; writing it at most once a minute
// keeps the database within a minute of the truth (a restart may end a session up to a minute early, never late).
const SEEN_WRITE_INTERVAL_MS = 60_000;

const tokenId = (token: string): string => createHash('sha256').update(token).digest('hex');

const toRecord = (row: SessionRow): SessionRecord => ({
  id: row.id_hash,
  username: row.username,
  csrfToken: row.csrf_token,
  createdMs: row.created_ms,
  lastSeenMs: row.last_seen_ms,
  presenting: row.presenting === 1,
});

/**
 * Sessions kept in SQLite, so they survive a restart. Time comes from `nowMs`, so tests move it instead of waiting.
 *
 * @example
 * const sessions = createSessionManager(db, { idleMs: 30 * 60_000, nowMs: Date.now });
 * const { token } = sessions.create('admin'); // → Set-Cookie
 * sessions.touch(token)?.username; // 'admin' until 30 idle minutes pass
 */
export function createSessionManager(db: Database, options: { idleMs: number; nowMs: () => number }): SessionManager {
  const { idleMs, nowMs } = options;
  const insert = db.prepare(
    'INSERT INTO auth_sessions (id_hash, username, csrf_token, created_ms, last_seen_ms, presenting) VALUES (?, ?, ?, ?, ?, 0)',
  );
  const selectOne = db.prepare<[string], SessionRow>('SELECT * FROM auth_sessions WHERE id_hash = ?');
  const updateSeen = db.prepare('UPDATE auth_sessions SET last_seen_ms = ? WHERE id_hash = ?');
  const updatePresenting = db.prepare('UPDATE auth_sessions SET presenting = ?, last_seen_ms = ? WHERE id_hash = ?');
  const deleteOne = db.prepare('DELETE FROM auth_sessions WHERE id_hash = ?');
  const deleteOfUser = db.prepare('DELETE FROM auth_sessions WHERE username = ? AND id_hash <> ?');
  const deleteIdle = db.prepare('DELETE FROM auth_sessions WHERE presenting = 0 AND last_seen_ms < ?');

  const expiresAtMs = (session: SessionRecord): number | null =>
    session.presenting ? null : session.lastSeenMs + idleMs;
  const live = (session: SessionRecord, now: number): boolean => {
    const end = expiresAtMs(session);
    return end === null || now < end;
  };
  const load = (id: string): SessionRecord | undefined => {
    const row = selectOne.get(id);
    return row && toRecord(row);
  };

  return {
    idleMs,
    create(username) {
      const now = nowMs();
      // Sessions idle past the timeout are of no use to anyone; drop them while we are writing anyway.
      deleteIdle.run(now - idleMs);
      const token = randomBytes(32).toString('base64url');
      const session: SessionRecord = {
        id: tokenId(token),
        username,
        csrfToken: randomBytes(32).toString('base64url'),
        createdMs: now,
        lastSeenMs: now,
        presenting: false,
      };
      insert.run(session.id, username, session.csrfToken, now, now);
      return { token, session };
    },
    touch(token) {
      const session = load(tokenId(token));
      if (!session) return undefined;
      const now = nowMs();
      if (!live(session, now)) {
        deleteOne.run(session.id);
        return undefined;
      }
      if (now - session.lastSeenMs >= SEEN_WRITE_INTERVAL_MS) updateSeen.run(now, session.id);
      // The caller sees the precise time; only the stored copy lags (see SEEN_WRITE_INTERVAL_MS).
      return { ...session, lastSeenMs: now };
    },
    isLive(id) {
      const session = load(id);
      return session !== undefined && live(session, nowMs());
    },
    setPresenting(id, presenting) {
      const now = nowMs();
      if (updatePresenting.run(presenting ? 1 : 0, now, id).changes === 0) return undefined;
      return load(id);
    },
    expiresAtMs,
    remove(id) {
      deleteOne.run(id);
    },
    removeAllOf(username, keepId = '') {
      deleteOfUser.run(username, keepId);
    },
  };
}

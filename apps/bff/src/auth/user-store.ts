import type { Role, User } from '@harborview/contracts/users';
import type { Database } from 'better-sqlite3';

import { AppError } from '../errors/app-error';

import type { ScryptCost } from './passwords';
import { hashPassword, verifyPassword } from './passwords';

interface UserRow {
  username: string;
  role: Role;
  password_hash: string;
  created_ms: number;
  password_changed_ms: number;
}

/** The users table: names are unique regardless of case; hashes never leave this module. */
export interface UserStore {
  list(): User[];
  /** The user's canonical name and role, or undefined. */
  find(username: string): { username: string; role: Role } | undefined;
  count(): number;
  create(username: string, role: Role, password: string): Promise<User>;
  setRole(username: string, role: Role): User;
  setPassword(username: string, password: string): Promise<User>;
  remove(username: string): void;
  /** The user when the password matches; takes as long for an unknown name, so names cannot be probed by timing. */
  verify(username: string, password: string): Promise<{ username: string; role: Role } | null>;
}

const toUser = (row: UserRow): User => ({
  username: row.username,
  role: row.role,
  createdAt: new Date(row.created_ms).toISOString(),
  passwordChangedAt: new Date(row.password_changed_ms).toISOString(),
});

const lastAdmin = (): AppError =>
  new AppError('conflict', 'The last admin cannot be removed or demoted; make another admin first');
const noUser = (username: string): AppError => new AppError('not_found', `No user named '${username}'`);

/** Users in the auth tables of `db`; `nowMs` stamps creation and password changes. */
export function createUserStore(db: Database, nowMs: () => number, cost?: ScryptCost): UserStore {
  const selectAll = db.prepare<[], UserRow>('SELECT * FROM auth_users ORDER BY username');
  const selectOne = db.prepare<[string], UserRow>('SELECT * FROM auth_users WHERE username = ?');
  const countAll = db.prepare<[], number>('SELECT COUNT(*) FROM auth_users').pluck();
  const otherAdmins = db
    .prepare<[string], number>("SELECT COUNT(*) FROM auth_users WHERE role = 'admin' AND username <> ?")
    .pluck();
  const insert = db.prepare(
    'INSERT INTO auth_users (username, role, password_hash, created_ms, password_changed_ms) VALUES (?, ?, ?, ?, ?)',
  );
  const updateRole = db.prepare('UPDATE auth_users SET role = ? WHERE username = ?');
  const updateHash = db.prepare('UPDATE auth_users SET password_hash = ?, password_changed_ms = ? WHERE username = ?');
  const deleteOne = db.prepare('DELETE FROM auth_users WHERE username = ?');
  // Compared against when the name is unknown, so a miss costs one scrypt like a hit.
  let decoy: Promise<string> | undefined;

  const existing = (username: string): UserRow => {
    const row = selectOne.get(username);
    if (!row) throw noUser(username);
    return row;
  };
  // Demoting or removing an admin is refused when no other admin would remain; checked inside the write.
  const keepAnAdmin = (row: UserRow, nextRole: Role | null): void => {
    if (row.role === 'admin' && nextRole !== 'admin' && otherAdmins.get(row.username) === 0) throw lastAdmin();
  };

  return {
    list: () => selectAll.all().map(toUser),
    find(username) {
      const row = selectOne.get(username);
      return row && { username: row.username, role: row.role };
    },
    count: () => countAll.get() ?? 0,
    async create(username, role, password) {
      if (selectOne.get(username)) throw new AppError('conflict', `A user named '${username}' already exists`);
      const hash = await hashPassword(password, cost);
      const now = nowMs();
      try {
        insert.run(username, role, hash, now, now);
      } catch (error) {
        // Two creates raced through the await above.
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
          throw new AppError('conflict', `A user named '${username}' already exists`);
        }
        throw error;
      }
      return toUser(existing(username));
    },
    setRole(username, role) {
      return db
        .transaction(() => {
          const row = existing(username);
          keepAnAdmin(row, role);
          updateRole.run(role, row.username);
          return toUser(existing(username));
        })
        .immediate();
    },
    async setPassword(username, password) {
      existing(username);
      const hash = await hashPassword(password, cost);
      const changed = updateHash.run(hash, nowMs(), username).changes;
      if (changed === 0) throw noUser(username);
      return toUser(existing(username));
    },
    remove(username) {
      db.transaction(() => {
        const row = existing(username);
        keepAnAdmin(row, null);
        deleteOne.run(row.username);
      }).immediate();
    },
    async verify(username, password) {
      const row = selectOne.get(username);
      if (!row) {
        decoy ??= hashPassword('not a password of anyone', cost);
        await verifyPassword(password, await decoy);
        return null;
      }
      return (await verifyPassword(password, row.password_hash)) ? { username: row.username, role: row.role } : null;
    },
  };
}

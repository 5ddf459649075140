import type { AuditLog } from '../audit/audit-log';
import { createAuditLog } from '../audit/audit-log';
import type { Durability } from '../store/types';

import { openAuthDatabase } from './auth-db';
import type { CookieSecure } from './cookies';
import type { LoginThrottle } from './login-throttle';
import { createLoginThrottle, LOGIN_THROTTLE } from './login-throttle';
import type { ScryptCost } from './passwords';
import type { SessionManager } from './session-manager';
import { createSessionManager } from './session-manager';
import type { UserStore } from './user-store';
import { createUserStore } from './user-store';

/** Users, sessions, the sign-in throttle and the audit log: what the app needs to know who asks and to record it. */
export interface Auth {
  users: UserStore;
  sessions: SessionManager;
  throttle: LoginThrottle;
  audit: AuditLog;
  cookieSecure: CookieSecure;
  /** Wall time for sessions, the throttle and audit entries (a fake one in tests). */
  nowMs: () => number;
  close(): void;
}

export interface AuthOptions {
  /** The store's database file (DATA_DIR/harborview.db). */
  file: string;
  durability?: Durability;
  nowMs?: () => number;
  idleMs?: number;
  cookieSecure?: CookieSecure;
  /** Tests use a cheap cost; the server the default. */
  scryptCost?: ScryptCost;
}

export const DEFAULT_IDLE_MS = 30 * 60_000;

/** Opens the auth tables in the store's database and wires the parts that use them. */
export function openAuth(options: AuthOptions): Auth {
  const nowMs = options.nowMs ?? Date.now;
  const db = openAuthDatabase(options.file, options.durability ?? 'FULL');
  return {
    users: createUserStore(db, nowMs, options.scryptCost),
    sessions: createSessionManager(db, { idleMs: options.idleMs ?? DEFAULT_IDLE_MS, nowMs }),
    throttle: createLoginThrottle({ ...LOGIN_THROTTLE, nowMs }),
    audit: createAuditLog(db),
    cookieSecure: options.cookieSecure ?? 'auto',
    nowMs,
    close() {
      if (db.open) db.close();
    },
  };
}

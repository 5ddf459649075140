import { PasswordSchema } from '@harborview/contracts/users';

import { generatePassword } from './passwords';
import type { SessionManager } from './session-manager';
import type { UserStore } from './user-store';

export const FIRST_ADMIN = 'admin';

/** What the server prints after start: the password only when it was generated here (shown once, never stored). */
export type FirstAdmin =
  { kind: 'existing' } | { kind: 'created' | 'reset'; username: string; generatedPassword: string | null };

/**
 * On a database with no users, creates `admin` with ADMIN_PASSWORD or a generated password. With `reset` (the
 * RESET_ADMIN_PASSWORD=1 way back in after a lost password), sets admin's password and role again.
 */
export async function ensureFirstAdmin(
  { users, sessions }: { users: UserStore; sessions: SessionManager },
  options: { adminPassword?: string | undefined; reset?: boolean },
): Promise<FirstAdmin> {
  if (users.count() > 0 && !options.reset) return { kind: 'existing' };
  if (options.adminPassword !== undefined && !PasswordSchema.safeParse(options.adminPassword).success) {
    throw new Error('ADMIN_PASSWORD must be 8 to 256 characters');
  }
  const password = options.adminPassword || generatePassword();
  const generatedPassword = options.adminPassword ? null : password;
  if (!users.find(FIRST_ADMIN)) {
    await users.create(FIRST_ADMIN, 'admin', password);
    return { kind: users.count() > 1 ? 'reset' : 'created', username: FIRST_ADMIN, generatedPassword };
  }
  await users.setPassword(FIRST_ADMIN, password);
  // A reset is how one gets back in after a lost (or leaked) password: whoever still holds a session is signed out.
  sessions.removeAllOf(FIRST_ADMIN);
  if (users.find(FIRST_ADMIN)?.role !== 'admin') users.setRole(FIRST_ADMIN, 'admin');
  return { kind: 'reset', username: FIRST_ADMIN, generatedPassword };
}

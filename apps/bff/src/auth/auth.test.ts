import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { openStore } from '../store/open-store';
import { createTempDir } from '../store/temp-dir';
import { TEST_SCRYPT_COST } from '../test/test-session';

import type { Auth, AuthOptions } from './auth';
import { openAuth } from './auth';
import { ensureFirstAdmin } from './first-admin';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** The auth tables in a fresh store database; `reopen` closes and opens them again, as a restart would. */
function getTestContext() {
  const { dir, remove } = createTempDir('harborview-auth-');
  cleanups.push(remove);
  const store = openStore(dir, { durability: 'NORMAL' });
  cleanups.push(() => store.close());
  let now = Date.UTC(2026, 0, 5);
  const options: AuthOptions = {
    file: path.join(dir, 'harborview.db'),
    durability: 'NORMAL',
    scryptCost: TEST_SCRYPT_COST,
    nowMs: () => now,
  };
  const open = (): Auth => {
    const auth = openAuth(options);
    cleanups.push(() => auth.close());
    return auth;
  };
  return { auth: open(), reopen: open, advance: (ms: number) => void (now += ms) };
}

describe('users and sessions in SQLite', () => {
  it('when the server restarts, then users and live sessions are still there, and the token is not stored', async () => {
    const { auth, reopen } = getTestContext();
    await ensureFirstAdmin(auth, { adminPassword: 'first-admin-pw' });
    const { token } = auth.sessions.create('admin');
    auth.close();

    const again = reopen();

    expect(again.users.list().map((u) => [u.username, u.role])).toStrictEqual([['admin', 'admin']]);
    expect(again.sessions.touch(token)?.username).toBe('admin');
    expect(await again.users.verify('admin', 'first-admin-pw')).toStrictEqual({ username: 'admin', role: 'admin' });
  });

  it('when a session was idle past the timeout before the restart, then it is gone after it', async () => {
    const { auth, reopen, advance } = getTestContext();
    await auth.users.create('viewer', 'viewer', 'viewer-password');
    const { token } = auth.sessions.create('viewer');
    auth.close();

    advance(31 * 60_000);

    expect(reopen().sessions.touch(token)).toBeUndefined();
  });
});

describe('the first admin', () => {
  it('when ADMIN_PASSWORD is set on an empty database, then admin gets it and nothing is printed', async () => {
    const { auth } = getTestContext();

    const result = await ensureFirstAdmin(auth, { adminPassword: 'chosen-password' });

    expect(result).toStrictEqual({ kind: 'created', username: 'admin', generatedPassword: null });
    expect(await auth.users.verify('admin', 'chosen-password')).not.toBeNull();
  });

  it('when ADMIN_PASSWORD is unset, then a password is generated, returned once, and works', async () => {
    const { auth } = getTestContext();

    const result = await ensureFirstAdmin(auth, {});

    expect(result.kind).toBe('created');
    const password = (result as { generatedPassword: string }).generatedPassword;
    expect(password).toMatch(/^[\w-]{24}$/);
    expect(await auth.users.verify('admin', password)).not.toBeNull();
  });

  it('when users exist, then nothing changes, whatever ADMIN_PASSWORD says', async () => {
    const { auth } = getTestContext();
    await ensureFirstAdmin(auth, { adminPassword: 'chosen-password' });

    const result = await ensureFirstAdmin(auth, { adminPassword: 'another-password' });

    expect(result).toStrictEqual({ kind: 'existing' });
    expect(await auth.users.verify('admin', 'another-password')).toBeNull();
  });

  it('when RESET_ADMIN_PASSWORD is given, then admin is an admin again with the new password and signed out', async () => {
    const { auth } = getTestContext();
    await ensureFirstAdmin(auth, { adminPassword: 'chosen-password' });
    await auth.users.create('second', 'admin', 'second-password');
    auth.users.setRole('admin', 'viewer');
    const { token } = auth.sessions.create('admin');

    const result = await ensureFirstAdmin(auth, { adminPassword: 'recovered-password', reset: true });

    expect(result).toStrictEqual({ kind: 'reset', username: 'admin', generatedPassword: null });
    expect(await auth.users.verify('admin', 'recovered-password')).toStrictEqual({ username: 'admin', role: 'admin' });
    expect(auth.sessions.touch(token)).toBeUndefined();
  });

  it('when ADMIN_PASSWORD is shorter than 8 characters, then the start is refused with the reason', async () => {
    const { auth } = getTestContext();

    await expect(ensureFirstAdmin(auth, { adminPassword: 'short' })).rejects.toThrow(
      'ADMIN_PASSWORD must be 8 to 256 characters',
    );
  });
});

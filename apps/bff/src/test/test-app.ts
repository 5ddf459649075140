import type { Role } from '@harborview/contracts/users';
import type { Express } from 'express';

import { createApp } from '../app';
import type { Auth } from '../auth/auth';
import { openAuth } from '../auth/auth';
import { ensureFirstAdmin } from '../auth/first-admin';
import type { AppDeps } from '../deps';
import { walkthroughClient } from '../integration/http-walkthrough';
import { createTempDir } from '../store/temp-dir';
import type { BootedTwin } from '../twin-runtime/bootstrap';
import { bootTwin } from '../twin-runtime/bootstrap';

import type { TestSession } from './test-session';
import { signedInAs, signInOver, TEST_PASSWORD, TEST_SCRYPT_COST } from './test-session';
import { testBootOptions } from './test-twin';

export { TEST_PASSWORD } from './test-session';
export type { TestSession } from './test-session';

export interface TestApp {
  /** Signed in as `admin`: every request carries the session cookie and X-CSRF-Token unless the test set its own. */
  app: Express;
  /** The same app with no session added, for tests of sign-in, roles and CSRF. */
  rawApp: Express;
  twin: BootedTwin;
  auth: Auth;
  logged: string[];
  dataDir: string;
  /** Signs in over HTTP as a user of `role` (`<role>-user`, created with TEST_PASSWORD when missing). */
  loginAs: (role: Role) => Promise<TestSession>;
  close: () => Promise<void>;
}

export interface TestAppOptions {
  /** Wall clock for sessions, the throttle and the audit (default: real time); tests of expiry pass a fake one. */
  nowMs?: () => number;
  idleMs?: number;
}

/** Builds the app in-process over a fresh twin in a temp DATA_DIR (no real registry, clock stopped). */
export async function createTestApp(
  overrides: Partial<AppDeps> = {},
  registry: 'auto' | 'off' = 'off',
  options: TestAppOptions = {},
): Promise<TestApp> {
  const { dir: dataDir, remove: removeDataDir } = createTempDir('harborview-bff-');
  const logged: string[] = [];
  const log = (message: string): void => void logged.push(message);
  const twin = await bootTwin({ ...testBootOptions(dataDir, log), registry });
  const auth = openAuth({
    file: twin.stream.store.file,
    durability: 'NORMAL',
    scryptCost: TEST_SCRYPT_COST,
    ...(options.nowMs ? { nowMs: options.nowMs } : {}),
    ...(options.idleMs ? { idleMs: options.idleMs } : {}),
  });
  await ensureFirstAdmin(auth, { adminPassword: TEST_PASSWORD });
  const rawApp = createApp({
    backend: twin.backend,
    stream: twin.stream,
    commandLog: twin.stream.store,
    drills: twin.drills,
    version: '0.0.0-test',
    auth,
    log,
    ...overrides,
  });
  // Straight from the session manager rather than over HTTP: most tests never look at sign-in, and it is cheaper.
  // Renewed when it ended (a fuzz test may well send DELETE /api/session), so `app` is always signed in.
  let admin = auth.sessions.create('admin');
  const adminSession = (): { token: string; csrfToken: string } => {
    if (!auth.sessions.isLive(admin.session.id)) admin = auth.sessions.create('admin');
    return { token: admin.token, csrfToken: admin.session.csrfToken };
  };
  return {
    app: signedInAs(rawApp, adminSession),
    rawApp,
    twin,
    auth,
    logged,
    dataDir,
    async loginAs(role) {
      const username = `${role}-user`;
      if (!auth.users.find(username)) await auth.users.create(username, role, TEST_PASSWORD);
      return signInOver(rawApp, username, TEST_PASSWORD);
    },
    close: async () => {
      auth.close();
      await twin.close();
      removeDataDir();
    },
  };
}

const opened: TestApp[] = [];

/** createTestApp, remembered so `closeTestApps` (an afterEach) can shut it down. */
export async function openTestApp(
  overrides: Partial<AppDeps> = {},
  registry: 'auto' | 'off' = 'off',
  options: TestAppOptions = {},
): Promise<TestApp> {
  const app = await createTestApp(overrides, registry, options);
  opened.push(app);
  return app;
}

/** openTestApp after the walkthrough's setup: VIB and plugin installed, policy SW=2, volumes vsanvol1..3. */
export async function openSetUpTestApp(): Promise<TestApp> {
  const t = await openTestApp();
  await walkthroughClient(t.app).setUp();
  return t;
}

/** Closes every app opened since the last call. */
export async function closeTestApps(): Promise<void> {
  await Promise.all(opened.splice(0).map((t) => t.close()));
}

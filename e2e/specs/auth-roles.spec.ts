import { TEST_IDS } from '@harborview/testids/testids';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

import { csrfTokenOf, E2E_ADMIN_PASSWORD, E2E_USER_PASSWORD, ensureUser, signIn } from '../fixtures/auth';
import { TwinApi } from '../fixtures/twin-api';
import { AdminPage } from '../pages/admin-page';
import { LoginPage } from '../pages/login-page';
import { ViewPage } from '../pages/view-page';
import { VolumeWizardPage } from '../pages/wizards';

// Every test here signs in (and out) on its own: ending the global setup's shared admin session would sign every
// later spec out. The `request` fixture starts signed out too, and signs in as admin where a test needs the API.
test.use({ storageState: { cookies: [], origins: [] } });

const VIEWER = 'e2e-viewer';
const OPERATOR = 'e2e-operator';

/** Opens `url` signed out, signs in as admin on the login page it brings, and answers that page. */
async function signInAsAdminAt(page: Page, url: string): Promise<LoginPage> {
  const login = new LoginPage(page);
  await page.goto(url);
  await login.signInToConsole('admin', E2E_ADMIN_PASSWORD);
  return login;
}

/** Ends the browser's session from outside the page, as an idle timeout would (page.request shares its cookies). */
async function expireSession(page: Page): Promise<void> {
  const res = await page.request.delete('/api/session', {
    headers: { 'X-CSRF-Token': await csrfTokenOf(page.request) },
  });
  expect(res.status(), await res.text()).toBe(204);
}

test('the console opens on the login page, refuses a wrong password, then signs in to the page asked for and out again', async ({
  page,
}) => {
  const login = new LoginPage(page);
  await page.goto('/volumes');
  await expect(page).toHaveURL(/\/login\?next=%2Fvolumes$/);

  await login.signIn('admin', 'not-the-password');
  await expect(login.error()).toHaveText('Invalid user name or password.');
  await new ViewPage(page).snapshot('login-refused');

  await login.signInToConsole('admin', E2E_ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/volumes$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Volumes' })).toBeVisible();
  const menu = await login.openUserMenu();
  await expect(menu.getByTestId(TEST_IDS.signedInAs)).toContainText('Signed in as admin');
  await expect(menu.getByTestId(TEST_IDS.signedInAs)).toContainText('Role: admin');
  await new ViewPage(page).snapshot('user-menu');

  await menu.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(login.form()).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  expect((await page.request.get('/api/session')).status()).toBe(401);
});

test('a viewer opens the views but cannot create a volume: New Volume is disabled and the API answers 403', async ({
  page,
  request,
}) => {
  await signIn(request, 'admin', E2E_ADMIN_PASSWORD);
  await ensureUser(request, VIEWER, 'viewer');

  await page.goto('/volumes');
  await new LoginPage(page).signInToConsole(VIEWER, E2E_USER_PASSWORD);
  const newVolume = page.getByTestId(TEST_IDS.newVolume);
  await expect(newVolume).toBeDisabled();
  await expect(newVolume).toHaveAttribute('title', 'Requires the operator role');
  await expect(page.getByTestId(TEST_IDS.consoleNavLink('admin'))).toHaveCount(0);
  await new ViewPage(page).snapshot('viewer-volumes');

  await page.getByTestId(TEST_IDS.consoleNavLink('inventory')).click();
  await expect(page.getByTestId(TEST_IDS.objectTitle)).toBeVisible();
  await page.getByTestId(TEST_IDS.consoleNavLink('harbor')).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor' })).toBeVisible();

  const refused = await page.request.post('/api/volumes', {
    headers: { 'X-CSRF-Token': await csrfTokenOf(page.request) },
    data: { name: 'viewervol', opts: { size: '1gb' } },
  });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden');
});

test('an operator creates a volume with the wizard but cannot open Users', async ({ page, request }) => {
  await signIn(request, 'admin', E2E_ADMIN_PASSWORD);
  const api = new TwinApi(request);
  await api.freshTwin({ upTo: 'vdvs-installed' });
  await ensureUser(request, OPERATOR, 'operator');

  await page.goto('/volumes');
  await new LoginPage(page).signInToConsole(OPERATOR, E2E_USER_PASSWORD);
  const wizard = new VolumeWizardPage(page);
  await wizard.open();
  await wizard.fill('opsvol1', '10gb');
  await wizard.create();
  await expect(wizard.dialog()).toBeHidden();
  await expect(page.getByTestId(TEST_IDS.volumeRow('opsvol1'))).toBeVisible();
  await expect(page.getByTestId(TEST_IDS.consoleNavLink('admin'))).toHaveCount(0);

  const admin = new AdminPage(page);
  await admin.openUsers();
  await expect(admin.permissionMessage()).toHaveText('You do not have permission: admin required');
  await expect(admin.usersTable()).toHaveCount(0);
  await new ViewPage(page).snapshot('operator-users-refused');
  expect((await page.request.get('/api/users')).status()).toBe(403);
});

test('an admin opens Users and the Audit log, and finds the operator’s new volume there', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  await signIn(request, 'admin', E2E_ADMIN_PASSWORD);
  const api = new TwinApi(request);
  await api.freshTwin({ upTo: 'vdvs-installed' });
  await ensureUser(request, OPERATOR, 'operator');
  const operator = await playwright.request.newContext({ baseURL });
  const token = await signIn(operator, OPERATOR, E2E_USER_PASSWORD);
  const created = await operator.post('/api/volumes', {
    headers: { 'X-CSRF-Token': token },
    data: { name: 'auditvol', opts: { size: '1gb' } },
  });
  expect(created.status(), await created.text()).toBe(201);
  await operator.dispose();

  const admin = new AdminPage(page);
  await signInAsAdminAt(page, '/admin/users');
  await expect(admin.roleOf(OPERATOR)).toHaveValue('operator');
  await expect(admin.roleOf('admin')).toHaveValue('admin');
  await new ViewPage(page).snapshot('admin-users');

  await page.getByTestId(TEST_IDS.sectionLink('audit')).click();
  await page.getByRole('combobox', { name: 'User' }).selectOption(OPERATOR);
  await page.getByRole('searchbox', { name: 'Action' }).fill('volumes.create');
  const newest = admin.auditRows().first();
  await expect(newest).toContainText('auditvol');
  await expect(newest).toContainText(`${OPERATOR} (operator)`);
  await expect(newest).toContainText('Success (201)');
  await expect(page.getByTestId(TEST_IDS.auditExport)).toHaveAttribute('href', '/api/audit/export');
  await new ViewPage(page).snapshot('admin-audit');
});

test('a session that ends while the user watches a page: the console notices through its live stream, shows the login page, and signing in returns to that page', async ({
  page,
}) => {
  // The BFF ends a signed-out session's stream within its 15 s sweep; the browser's reconnect then meets a 401.
  test.setTimeout(90_000);
  const login = await signInAsAdminAt(page, '/harbor?service=registry');
  await expect(page).toHaveURL(/\/harbor\?service=registry$/);

  await expireSession(page);

  await expect(login.form()).toBeVisible({ timeout: 45_000 });
  await expect(page).toHaveURL(/\/login\?next=%2Fharbor%3Fservice%3Dregistry$/);
  await new ViewPage(page).snapshot('session-expired');
  await login.signInToConsole('admin', E2E_ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/harbor\?service=registry$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor' })).toBeVisible();
});

test('a session that ends while a page is open: a reload shows the login page, and signing in returns to the same URL', async ({
  page,
}) => {
  const login = await signInAsAdminAt(page, '/harbor?service=registry');

  await expireSession(page);
  await page.reload();

  await expect(login.form()).toBeVisible();
  await expect(page).toHaveURL(/\/login\?next=%2Fharbor%3Fservice%3Dregistry$/);
  await login.signInToConsole('admin', E2E_ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/harbor\?service=registry$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor' })).toBeVisible();
});

import { TEST_IDS } from '@harborview/testids/testids';

import { expect, test } from '../fixtures/test';
import { ConsolePage } from '../pages/console-page';

// Other specs change the twin; every shell spec starts from the walkthrough's initial inventory.
test.beforeEach(async ({ api }) => {
  await api.freshTwin();
});

test('opens the console on the vCenter and expands the navigator down to the Harbor VM', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open('/');

  await expect(page).toHaveURL(/\/inventory\/vcenter\/vcenter\/summary$/);
  await expect(console.objectTitle()).toHaveText('vcenter.harborview.local');

  await console.expand('datacenter-1');
  await console.expand('cluster-1');
  await expect(console.treeItem('10.162.102.130')).toBeVisible();
  await expect(console.treeItem('10.162.102.131')).toBeVisible();
  await expect(console.treeItem('10.162.102.132')).toBeVisible();

  await console.expand('host-1');
  await expect(console.treeItem('photon-harbor')).toBeVisible();
});

test('selects a host and shows its Summary with address, power state and disk groups', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open('/');
  await console.expand('datacenter-1');
  await console.expand('cluster-1');

  await console.treeItem('10.162.102.131').click();

  await expect(page).toHaveURL(/\/inventory\/host\/host-2\/summary$/);
  await expect(console.objectTitle()).toHaveText('10.162.102.131');
  await expect(console.objectTab('Summary')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId(TEST_IDS.hostAddress)).toHaveText('10.162.102.131');
  await expect(page.getByTestId(TEST_IDS.hostPowerState)).toHaveText('Powered On');
  await expect(page.getByRole('table', { name: 'Disk groups of 10.162.102.131' })).toBeVisible();
  await expect(console.objectTab('Monitor')).toBeVisible();
  await expect(console.objectTab('Configure')).toBeVisible();
  await expect(console.objectTab('VMs')).toBeVisible();
});

test('navigates the tree with the keyboard alone', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open('/inventory/cluster/cluster-1/summary');
  await expect(console.treeItem('vSAN-Cluster')).toHaveAttribute('aria-selected', 'true');

  await console.treeItem('vSAN-Cluster').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/inventory\/host\/host-1\/summary$/);
  await expect(console.objectTitle()).toHaveText('10.162.102.130');
});

test('switches between light and dark themes and keeps the choice on reload', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open('/inventory/vcenter/vcenter/summary');
  const html = page.locator('html');
  await expect(console.themeToggle()).toHaveAttribute('aria-pressed', 'false');

  await console.themeToggle().click();
  await expect(html).toHaveClass(/dark/);
  await page.screenshot({ path: test.info().outputPath('dark-theme.png') });

  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await console.themeToggle().click();
  await expect(html).not.toHaveClass(/dark/);
});

test('reloading a deep link keeps the selected object and tab', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open('/inventory/vm/vm-1/summary');
  await expect(console.objectTitle()).toHaveText('photon-harbor');
  await console.objectTab('Datastores').click();
  await expect(page).toHaveURL(/\/inventory\/vm\/vm-1\/datastores$/);

  await page.reload();

  await expect(console.objectTitle()).toHaveText('photon-harbor');
  await expect(console.objectTab('Datastores')).toHaveAttribute('aria-selected', 'true');
  await expect(console.treeItem('photon-harbor')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('link', { name: 'vsanDatastore' })).toBeVisible();
});

test('global search finds a host and a VM and opens them', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open('/');
  const search = page.getByRole('combobox', { name: 'Search inventory' });

  await search.fill('.132');
  await page.getByRole('option', { name: /10\.162\.102\.132/ }).click();
  await expect(console.objectTitle()).toHaveText('10.162.102.132');

  await search.fill('photon');
  await search.press('Enter');
  await expect(console.objectTitle()).toHaveText('photon-harbor');
});

test('shows Recent Tasks with the vSphere columns and an Alarms tab', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open('/');
  const pane = console.bottomPane();

  for (const column of [
    'Task Name',
    'Target',
    'Status',
    'Details',
    'Initiator',
    'Queued For',
    'Start Time',
    'Completion Time',
  ]) {
    await expect(pane.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
  }
  await pane.getByRole('tab', { name: /Alarms/ }).click();
  await expect(pane.getByTestId(TEST_IDS.alarms)).toBeVisible();
});

test('the storage view lists the vsanDatastore with its capacity', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open('/');
  await page.getByTestId(TEST_IDS.navigatorViewTab('storage')).click();
  await console.expand('datacenter-1');

  await console.treeItem('vsanDatastore').click();

  await expect(console.objectTitle()).toHaveText('vsanDatastore');
  await expect(page.getByRole('region', { name: 'Capacity' })).toContainText('Capacity: 2.93 TB');
});

import { TEST_IDS } from '@harborview/testids/testids';

import { expect, test } from '../fixtures/test';
import { ConsolePage } from '../pages/console-page';
import { expectNoReload, markNoReload } from '../pages/no-reload';

test('powering a host off through the API changes its badge, the VM host and the component states on screen without a reload', async ({
  page,
  api,
}) => {
  await api.freshTwin({ upTo: 'walkthrough-ready' });
  const console = new ConsolePage(page);
  await console.open('/inventory/host/host-1/summary');
  await expect(page.getByTestId(TEST_IDS.streamStatus)).toHaveAttribute('data-status', 'open');
  await expect(page.getByTestId(TEST_IDS.hostPowerState)).toHaveText('Powered On');
  // Any full page load after this point would fail the spec.
  await markNoReload(page);

  await api.call('post', '/api/hosts/host-1/power', 202, { state: 'off' });
  await expect(page.getByTestId(TEST_IDS.hostPowerState)).toHaveText('Powered Off');

  await api.advance(60);
  // The VM now sits under another host: reach it by search, as an operator would.
  await page.getByRole('combobox', { name: 'Search inventory' }).fill('photon-harbor');
  await page.getByRole('option', { name: /photon-harbor/ }).click();
  await expect(page.getByRole('link', { name: '10.162.102.130' })).toHaveCount(0);
  await expect(page.getByTestId(TEST_IDS.vmSummary)).toContainText(/10\.162\.102\.13[12]/);

  await page.getByTestId(TEST_IDS.consoleNavLink('volumes')).click();
  await page.getByRole('link', { name: 'vsanvol1', exact: true }).click();
  const absent = page.getByText('Absent', { exact: true });
  await expect(absent.first()).toBeVisible();
  await api.call('post', '/api/hosts/host-1/power', 202, { state: 'on' });
  await api.advance(600);
  await expect(absent).toHaveCount(0);
  await expectNoReload(page);
});

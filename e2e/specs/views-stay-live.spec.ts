import { expect, test } from '../fixtures/test';
import { WALKTHROUGH_MAPPINGS } from '../fixtures/twin-api';
import { expectNoReload, markNoReload } from '../pages/no-reload';

// Issue #13 point 4: views follow the stream without a reload, and never wait forever.

test('Harbor’s "Where the data sits" shows each attached volume’s health and hosts, live after the attach and after a reload', async ({
  page,
  api,
  view,
}) => {
  await api.freshTwin({ upTo: 'volumes-created' });
  await page.goto('/harbor');
  // Before the attach every mount is a bind mount: the portlet says no data sits on a vDVS volume.
  await expect(view.portlet('Where the data sits')).toContainText('No service keeps data on a vDVS volume');
  await markNoReload(page);

  await api.call('post', '/api/harbor/attach', 202, { mappings: WALKTHROUGH_MAPPINGS });
  await api.advance(60);

  const table = page.getByRole('table', { name: 'Where Harbor’s data sits' });
  const expectPlacementShown = async (): Promise<void> => {
    for (const { service, volume } of WALKTHROUGH_MAPPINGS) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: service, exact: true }) });
      await expect(row.getByRole('link', { name: `${volume}@vsanDatastore`, exact: true })).toBeVisible();
      // Cells after the row header: Mount, Volume, Object health, Hosts and disks holding the data.
      await expect(row.getByRole('cell').nth(2)).not.toHaveText('—');
      await expect(row.getByRole('cell').nth(3)).toContainText(/10\.162\.102\.13\d/);
      await expect(row.getByRole('cell').nth(3)).toContainText('Active');
      await expect(row).not.toContainText('Loading placement…');
    }
  };
  await expectPlacementShown();
  await expectNoReload(page);
  await view.snapshot('harbor-data-placement-after-attach');

  await page.reload();
  await expectPlacementShown();
});

test('VM Summary’s vSphere HA protection follows HA turned off and on, without a reload', async ({
  page,
  api,
  view,
}) => {
  await api.freshTwin({ upTo: 'walkthrough-ready' });
  await page.goto('/inventory/vm/vm-1/summary');
  const guestOs = view.portlet('Guest OS');
  await expect(guestOs).toContainText('vSphere HA protectionProtected');
  await markNoReload(page);

  await api.call('put', '/api/cluster/ha', 202, { enabled: false });
  await expect(guestOs).toContainText('vSphere HA protectionUnprotected');

  await api.call('put', '/api/cluster/ha', 202, { enabled: true });
  await expect(guestOs).toContainText('vSphere HA protectionProtected');
  await expectNoReload(page);
});

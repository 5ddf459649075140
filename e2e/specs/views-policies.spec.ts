import { TEST_IDS } from '@harborview/testids/testids';

import { expect, test } from '../fixtures/test';

interface PolicyBody {
  name: string;
  active: string;
  rules: { description: string }[];
  volumes: string[];
}

test('Storage Policies shows SW=2 with its stripe rule, its volume and "In use by 1 volumes"', async ({
  page,
  api,
  view,
}) => {
  await api.freshTwin({ upTo: 'volumes-created' });
  const { items } = (await api.call('get', '/api/policies', 200)) as { items: PolicyBody[] };
  const sw2 = items.find((p) => p.name === 'SW=2')!;
  expect(sw2.active).toBe('In use by 1 volumes');

  await page.goto('/');
  await page.getByTestId(TEST_IDS.consoleNavLink('policies')).click();

  const table = page.getByTestId(TEST_IDS.policiesTable);
  await expect(table.getByRole('columnheader', { name: 'Active', exact: true })).toBeVisible();
  const row = page.getByTestId(TEST_IDS.policyRow('SW=2'));
  await expect(row.getByRole('rowheader')).toHaveText('SW=2');
  await expect(row.getByRole('listitem').first()).toHaveText('Number of disk stripes per object: 2');
  await expect(row.getByRole('cell').nth(2)).toHaveText(sw2.active);
  await expect(row.getByRole('link')).toHaveText(sw2.volumes);
  await view.snapshot('policies-sw2-in-use');

  await row.getByRole('link', { name: 'vsanvol3@vsanDatastore' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'vsanvol3' })).toBeVisible();
});

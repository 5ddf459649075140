import { TEST_IDS } from '@harborview/testids/testids';

import { expect, test } from '../fixtures/test';
import { PolicyWizardPage } from '../pages/wizards';

test.beforeEach(async ({ api }) => {
  await api.freshTwin({ upTo: 'vdvs-installed' });
});

test('the form with 2 stripes creates SW=2 with content (("stripeWidth" i2)) and shows the vmdkops_admin command', async ({
  page,
  api,
}) => {
  const wizard = new PolicyWizardPage(page);
  await wizard.open();
  await wizard.toVsanStep('SW=2', 'form');
  await wizard.dialog().getByRole('textbox', { name: 'Number of disk stripes per object' }).fill('2');
  await wizard.finishCompatible('(("stripeWidth" i2))');

  await expect(wizard.dialog()).toBeHidden();
  await expect(page.getByTestId(TEST_IDS.policyRow('SW=2'))).toBeVisible();
  const policies = (await api.call('get', '/api/policies', 200)) as {
    items: { name: string; content: string }[];
  };
  expect(policies.items.find((p) => p.name === 'SW=2')?.content).toBe('(("stripeWidth" i2))');
});

test('raw content with a missing paren points at line 1 column 20 and keeps the text', async ({ page }) => {
  const wizard = new PolicyWizardPage(page);
  await wizard.open();
  await wizard.toVsanStep('broken', 'raw');
  await wizard.rawContent().fill('(("stripeWidth" i2)');

  const error = wizard.dialog().getByTestId(TEST_IDS.policyContentError);
  await expect(error).toContainText('Line 1, column 20:');
  await wizard.next();
  await expect(wizard.rawContent()).toHaveValue('(("stripeWidth" i2)');
  await expect(wizard.rawContent()).toHaveAttribute('aria-invalid', 'true');
  await expect(wizard.dialog().getByRole('heading', { name: 'vSAN', exact: true })).toBeVisible();
});

test('2 failures - RAID-1 (Mirroring) is INCOMPATIBLE on the 3-host cluster, needing 5 fault domains', async ({
  page,
}) => {
  const wizard = new PolicyWizardPage(page);
  await wizard.open();
  await wizard.toVsanStep('FTT=2', 'form');
  await wizard.dialog().getByRole('combobox', { name: 'Failures to tolerate' }).selectOption({
    label: '2 failures - RAID-1 (Mirroring)',
  });
  await wizard.next();

  const compat = wizard.dialog().getByTestId(TEST_IDS.policyCompatibility);
  await expect(compat).toContainText('INCOMPATIBLE');
  await expect(compat).toContainText('2 failures - RAID-1 (Mirroring) needs 5 fault domains; the cluster has 3');
});

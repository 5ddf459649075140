import { TEST_IDS } from '@harborview/testids/testids';

import { csrfTokenOf } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';
import { PolicyWizardPage, VolumeWizardPage } from '../pages/wizards';

test.beforeEach(async ({ api }) => {
  await api.freshTwin({ upTo: 'vdvs-installed' });
});

test('the walkthrough through the wizards: SW=2 in raw mode, then vsanvol1 50gb, vsanvol2 20gb and vsanvol3 20gb on SW=2', async ({
  page,
  api,
}) => {
  const policy = new PolicyWizardPage(page);
  await policy.open();
  await policy.toVsanStep('SW=2', 'raw');
  await policy.rawContent().fill('(("stripeWidth" i2))');
  await policy.finishCompatible('(("stripeWidth" i2))');
  await expect(page.getByTestId(TEST_IDS.policyRow('SW=2'))).toBeVisible();

  await page.getByTestId(TEST_IDS.consoleNavLink('volumes')).click();
  const volume = new VolumeWizardPage(page);
  for (const [name, size, policyName] of [
    ['vsanvol1', '50gb', undefined],
    ['vsanvol2', '20gb', undefined],
    ['vsanvol3', '20gb', 'SW=2'],
  ] as const) {
    await volume.open();
    await volume.fill(name, size, policyName);
    if (name === 'vsanvol3') {
      await expect(volume.dialog().getByTestId(TEST_IDS.volumeCommand)).toHaveText(
        'docker volume create --driver=vmdk --name=vsanvol3 -o size=20gb -o vsan-policy-name=SW=2',
      );
    }
    await volume.create();
    await expect(volume.dialog()).toBeHidden();
    await expect(page.getByTestId(TEST_IDS.volumeRow(name))).toBeVisible();
  }

  const vsanvol3 = (await api.call('get', '/api/volumes/vsanvol3', 200)) as { policy: string };
  expect(vsanvol3.policy).toBe('SW=2');
});

test('a size of 20 without a unit is refused with vDVS’s message and the form keeps 20', async ({ page, request }) => {
  await page.goto('/volumes');
  const volume = new VolumeWizardPage(page);
  await volume.open();
  await volume.fill('vsanvol2', '20');
  await volume.create();

  const size = volume.dialog().getByRole('textbox', { name: 'Size', exact: true });
  await expect(size).toHaveAccessibleDescription(
    /Invalid format for size\.\s+Valid sizes must be of form X\[mMgGtT\]b where X is an integer\. Default = 100mb/,
  );
  await expect(size).toHaveValue('20');
  await expect(volume.dialog()).toBeVisible();
  // The twin refuses the same input with the same words.
  const res = await request.post('/api/volumes', {
    headers: { 'X-CSRF-Token': await csrfTokenOf(request) },
    data: { name: 'vsanvol2', opts: { size: '20' } },
  });
  expect(((await res.json()) as { error: { message: string } }).error.message).toContain('Invalid format for size.');
});

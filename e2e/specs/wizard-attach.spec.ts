import { TEST_IDS } from '@harborview/testids/testids';

import { expect, test } from '../fixtures/test';

test.describe('Attach to Harbor', () => {
  test.beforeEach(async ({ api }) => {
    await api.freshTwin({ upTo: 'volumes-created' });
  });

  test('the walkthrough: registry, mysql and jobservice onto vsanvol1..3, applied, and Harbor healthy on the volumes', async ({
    page,
    api,
  }) => {
    await page.goto('/harbor');
    await page.getByRole('link', { name: /Attach to Harbor/ }).click();
    const wizard = page.getByTestId(TEST_IDS.attachWizard);

    await wizard.getByRole('combobox', { name: 'Volume for registry /storage' }).selectOption('v:vsanvol1');
    await wizard.getByRole('combobox', { name: 'Volume for mysql /var/lib/mysql' }).selectOption('v:vsanvol2');
    await wizard.getByRole('combobox', { name: 'Volume for jobservice /var/log/jobs' }).selectOption('v:vsanvol3');

    const diff = wizard.getByRole('table', { name: 'Compose diff' });
    const removed = diff.getByTestId(TEST_IDS.attachDiffLine('removed'));
    await expect(removed).toHaveCount(3);
    await expect(removed).toContainText([
      '/data/registry:/storage',
      '/data/database:/var/lib/mysql',
      '/data/job_logs:/var/log/jobs',
    ]);
    await expect(diff.getByTestId(TEST_IDS.attachDiffLine('added'))).toContainText([
      'vsanvol1:/storage',
      'vsanvol2:/var/lib/mysql',
      'vsanvol3:/var/log/jobs',
      'volumes:',
      'vsanvol1:',
      'external: true',
      'vsanvol2:',
      'external: true',
      'vsanvol3:',
      'external: true',
    ]);
    await expect(wizard.getByTestId(TEST_IDS.attachWarnings)).toContainText('prepare');

    await wizard.getByRole('button', { name: 'Apply' }).click();
    await expect(wizard.getByTestId(TEST_IDS.attachTask)).toBeVisible();
    await api.advance(60);

    await expect(wizard.getByTestId(TEST_IDS.attachTask)).toContainText('success');
    await expect(wizard.getByTestId(TEST_IDS.attachHarborHealth)).toContainText('Healthy');
    await wizard.getByRole('link', { name: 'Open the Harbor page' }).click();
    await expect(
      page.getByTestId(TEST_IDS.harborServiceRow('registry')).getByRole('link', { name: 'vsanvol1' }),
    ).toBeVisible();
    await expect(
      page.getByTestId(TEST_IDS.harborServiceRow('mysql')).getByRole('link', { name: 'vsanvol2' }),
    ).toBeVisible();
    await expect(
      page.getByTestId(TEST_IDS.harborServiceRow('jobservice')).getByRole('link', { name: 'vsanvol3' }),
    ).toBeVisible();
  });

  test('wrong input: a single-file bind cannot be mapped, a refused mapping is flagged on its row, invalid YAML keeps the text', async ({
    page,
  }) => {
    await page.goto('/harbor/attach');
    const wizard = page.getByTestId(TEST_IDS.attachWizard);

    await expect(wizard.getByRole('combobox', { name: 'Volume for ui /etc/ui/app.conf' })).toBeDisabled();

    // The API cannot attach a volume to another VM, so the 422 here is a volume used twice: same row-level path.
    const registry = wizard.getByRole('combobox', { name: 'Volume for registry /storage' });
    await registry.selectOption('v:vsanvol1');
    await wizard.getByRole('combobox', { name: 'Volume for mysql /var/lib/mysql' }).selectOption('v:vsanvol1');
    await expect(wizard.getByTestId(TEST_IDS.attachMountError('mysql', '/var/lib/mysql'))).toBeVisible();
    await expect(registry).toHaveValue('v:vsanvol1');
    await expect(wizard.getByRole('button', { name: 'Apply' })).toBeDisabled();

    await wizard.getByRole('radio', { name: /pasted or uploaded/ }).check();
    const text = wizard.getByRole('textbox', { name: 'Compose file' });
    await text.fill('services: [unclosed');
    await wizard.getByRole('button', { name: 'Read mounts' }).click();
    await expect(wizard.getByTestId(TEST_IDS.attachSourceError)).toBeVisible();
    await expect(text).toHaveValue('services: [unclosed');
  });
});

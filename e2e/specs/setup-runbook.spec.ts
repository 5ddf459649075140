import { readFile } from 'node:fs/promises';

import { TEST_IDS } from '@harborview/testids/testids';

import { expect, test } from '../fixtures/test';

const STEPS = ['cluster', 'vib', 'plugin', 'policy', 'volumes', 'compose', 'harbor', 'ha'];

test('the setup checklist is to do on a fresh twin and done after the walkthrough', async ({ page, api }) => {
  await api.freshTwin();

  await page.goto('/setup');
  // The scenario starts with its 3-host vSAN cluster, so that step alone is done from the start.
  await expect(page.getByTestId(TEST_IDS.setupStepState('cluster'))).toHaveText('Done');
  for (const id of STEPS.slice(1)) await expect(page.getByTestId(TEST_IDS.setupStepState(id))).toHaveText('To do');

  await api.walkthroughReady();
  await page.reload();
  for (const id of STEPS) await expect(page.getByTestId(TEST_IDS.setupStepState(id))).toHaveText('Done');
});

test('the runbook lists the walkthrough as commands and downloads as Markdown and a script', async ({ page, api }) => {
  await api.freshTwin({ upTo: 'walkthrough-ready' });

  await page.goto('/runbook');
  const steps = page.getByTestId(TEST_IDS.runbookSteps);
  await expect(steps).toContainText('esxcli software vib install -v /tmp/vmware-esx-vmdkops-0.21.vib');
  await expect(steps).toContainText(`vmdkops_admin.py policy create --name SW=2 --content '(("stripeWidth" i2))'`);
  await expect(steps).toContainText('docker volume create --driver=vmdk --name=vsanvol1 -o size=50gb');
  await expect(steps).toContainText('docker-compose down && docker-compose up -d');

  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download Markdown' }).click(),
  ]);
  expect(markdown.suggestedFilename()).toBe('harborview-runbook.md');
  expect(await readFile(await markdown.path(), 'utf8')).toContain('```diff\n--- a/docker-compose.yml');

  const [script] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download script' }).click(),
  ]);
  expect(script.suggestedFilename()).toBe('harborview-runbook.sh');
  const sh = await readFile(await script.path(), 'utf8');
  expect(sh.startsWith('#!/bin/sh\n')).toBe(true);
  expect(sh).toContain('docker volume create --driver=vmdk --name=vsanvol3 -o size=20gb -o vsan-policy-name=SW=2');
});

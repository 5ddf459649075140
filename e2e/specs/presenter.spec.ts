import { expect, test } from '../fixtures/test';
import { PresenterPage } from '../pages/presenter-page';

// The walkthrough on stage at a projector's 1280×720, every beat asserted and captured (vdvs.md §1 and §7,
// vsan-ha.md §1–§3, harbor.md §1 Restart policy for what each beat shows).
test.use({ viewport: { width: 1280, height: 720 } });

test('presenter mode walks the 13 beats from a fresh twin, performing each through the API, and resets afterwards', async ({
  page,
  api,
}) => {
  test.setTimeout(300_000);
  const presenter = new PresenterPage(page);
  await presenter.open();
  await presenter.startFresh();

  // 1. The cluster: three hosts, nothing installed yet.
  await expect(presenter.caption()).toContainText('Three ESXi hosts');
  await expect(presenter.visual('cluster').getByRole('listitem')).toHaveCount(3);
  await presenter.snapshot(1, 'cluster');

  await presenter.next('plugin');
  await expect(presenter.visual('plugin')).toContainText('Docker plugin installed');
  await expect(presenter.visual('plugin').getByText(/^VIB installed/)).toHaveCount(3);
  await presenter.snapshot(2, 'plugin');

  await presenter.next('policy', 'Space');
  await expect(presenter.visual('policy')).toContainText('(("stripeWidth" i2))');
  await presenter.snapshot(3, 'policy');

  await presenter.next('volumes');
  for (const name of ['vsanvol1', 'vsanvol2', 'vsanvol3'])
    await expect(presenter.visual('volumes')).toContainText(`${name}@vsanDatastore`);
  await presenter.snapshot(4, 'volumes');

  await presenter.next('compose', 'Space');
  await expect(presenter.visual('compose').getByRole('table', { name: 'Compose diff' })).toContainText('vsanvol1');
  await presenter.snapshot(5, 'compose');

  await presenter.next('harbor-up');
  await expect(presenter.visual('harbor-up')).toContainText('Harbor is healthy');
  await expect(presenter.visual('harbor-up')).toContainText('on vsanvol1');
  await presenter.snapshot(6, 'harbor-up');

  await presenter.next('images', 'Space');
  const { items: images } = (await api.call('get', '/api/harbor/images', 200)) as {
    items: { manifestDigest: string }[];
  };
  expect(images).toHaveLength(2);
  for (const image of images) await expect(presenter.visual('images')).toContainText(image.manifestDigest);
  await presenter.snapshot(7, 'images');

  await presenter.next('ha');
  await expect(presenter.visual('ha')).toContainText('vSphere HA is on');
  await expect(presenter.visual('ha')).toContainText('Primary');
  await presenter.snapshot(8, 'ha');

  await presenter.next('host-off', 'Space');
  await expect(presenter.visual('host-off').getByRole('article', { name: 'Host 10.162.102.130' })).toContainText(
    'Powered Off',
  );
  await presenter.snapshot(9, 'host-off');

  await presenter.next('vm-restarted');
  await expect(presenter.visual('vm-restarted')).toContainText('Restarted here, was on 10.162.102.130');
  await expect(
    presenter.visual('vm-restarted').getByRole('article', { name: 'Host 10.162.102.130' }),
  ).not.toContainText('Restarted here');
  await presenter.snapshot(10, 'vm-restarted');

  await presenter.next('components-absent', 'Space');
  const volumes = presenter.visual('components-absent').getByRole('listitem');
  await expect(volumes).toHaveCount(3);
  for (const card of await volumes.all()) {
    await expect(card).toContainText('Absent');
    await expect(card).toContainText('Accessible');
  }
  await presenter.snapshot(11, 'components-absent');

  await presenter.next('harbor-healthy');
  await expect(presenter.visual('harbor-healthy')).toContainText('Harbor is healthy');
  await presenter.snapshot(12, 'harbor-healthy');

  await presenter.next('images-intact', 'Space');
  await expect(presenter.visual('images-intact')).toContainText('Intact');
  await presenter.snapshot(13, 'images-intact');

  // ← steps back without doing anything; the end resets the twin for the next talk.
  await page.keyboard.press('ArrowLeft');
  await expect(presenter.beat('harbor-healthy')).toBeVisible();
  await presenter.settled('harbor-healthy');
  await page.keyboard.press('ArrowRight');
  await expect(presenter.beat('images-intact')).toBeVisible();
  await presenter.settled('images-intact');
  await page.getByRole('button', { name: 'Reset the twin' }).click();
  await expect(presenter.beat('cluster')).toBeVisible();
  await presenter.settled('cluster');
  const { items: policies } = (await api.call('get', '/api/policies', 200)) as { items: { name: string }[] };
  expect(policies.map((p) => p.name)).not.toContain('SW=2');
});

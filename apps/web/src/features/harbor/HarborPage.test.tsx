import { API_ROUTES } from '@harborview/contracts/routes';
import { TEST_IDS } from '@harborview/testids/testids';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { failingWith } from '../../test/handlers';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { harborExit128, hostPoweredOff, withState } from '../../test/scenarios';
import type { WalkthroughState } from '../../test/walkthrough';

/** Harbor's mounts as the twin names them after the attach (`vsanvol1@vsanDatastore`), with `rename` applied. */
function mountsByFullName(rename: (volume: string) => string = (v) => `${v}@vsanDatastore`) {
  return withState((s): WalkthroughState => ({
    ...s,
    harbor: {
      ...s.harbor,
      services: s.harbor.services.map((svc) => ({
        ...svc,
        mounts: svc.mounts.map((m) => (m.volume ? { ...m, source: rename(m.volume), volume: rename(m.volume) } : m)),
      })),
    },
  }));
}

function placementRow(service: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Where Harbor’s data sits' });
  return within(table).getByRole('rowheader', { name: service }).closest('tr')!;
}

describe('Harbor', () => {
  it('when the page opens, then each service shows container, state, health, restarts and uptime on the twin clock', async () => {
    renderApp('/harbor');

    const row = await screen.findByTestId(TEST_IDS.harborServiceRow('registry'));
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 5)).toStrictEqual(['deploy_registry_1', 'Running', 'Healthy', '0', '1 h']);
    expect(within(row).getByRole('link', { name: 'vsanvol1' })).toHaveAttribute('href', '/volumes/vsanvol1');
  });

  it('when Harbor 0.x has no health API, then the status says it is derived from containers', async () => {
    renderApp('/harbor');

    const status = await screen.findByTestId(TEST_IDS.harborStatus);
    expect(
      within(status).getByText('Derived from container state: Harbor 0.4.1 has no health API'),
    ).toBeInTheDocument();
    expect(await within(status).findByRole('link', { name: 'photon-harbor' })).toHaveAttribute(
      'href',
      '/inventory/vm/vm-1/summary',
    );
  });

  it('when the registry runs, then its endpoint, process and images with digests are shown', async () => {
    renderApp('/harbor');

    const registry = await screen.findByTestId(TEST_IDS.harborRegistry);
    expect(within(registry).getByText('http://127.0.0.1:5000')).toBeInTheDocument();
    expect(within(registry).getByText('Running')).toBeInTheDocument();
    const image = await screen.findByTestId(TEST_IDS.harborImageRow('library/hello:1'));
    expect(image).toHaveTextContent('sha256:4f1d1a0c');
  });

  it('when a host is down, then the data placement shows the mysql volume’s replica there as Absent', async () => {
    server.use(...hostPoweredOff('host-2'));
    renderApp('/harbor');

    const table = await screen.findByRole('table', { name: 'Where Harbor’s data sits' });
    const mysql = within(table).getByRole('rowheader', { name: 'mysql' }).closest('tr')!;
    expect(await within(mysql).findByText('Absent')).toBeInTheDocument();
    expect(within(mysql).getByText('10.162.102.132')).toBeInTheDocument();
  });

  it('when the mounts name volumes as name@datastore, then the data placement shows each volume’s health and hosts', async () => {
    server.use(...mountsByFullName());
    renderApp('/harbor');

    await screen.findByRole('table', { name: 'Where Harbor’s data sits' });
    for (const service of ['registry', 'mysql', 'jobservice']) {
      expect(await within(placementRow(service)).findAllByText('Active')).not.toHaveLength(0);
      expect(within(placementRow(service)).queryByText('Loading placement…')).not.toBeInTheDocument();
    }
  });

  it('when a mounted volume does not exist, then its placement says so instead of loading forever', async () => {
    server.use(...mountsByFullName((v) => (v === 'vsanvol1' ? 'vsanvol9@vsanDatastore' : v)));
    renderApp('/harbor');

    await screen.findByRole('table', { name: 'Where Harbor’s data sits' });
    expect(await within(placementRow('registry')).findByRole('alert')).toHaveTextContent(
      'Volume vsanvol9@vsanDatastore not found',
    );
  });

  it('when the registry exited 128 on restore, then the finding and its fix are shown', async () => {
    server.use(...harborExit128());
    renderApp('/harbor');

    const finding = await screen.findByTestId(TEST_IDS.harborFinding('harbor-log-first-exit-128'));
    expect(within(finding).getByText('docker-compose up -d log && docker-compose up -d')).toBeInTheDocument();
    expect(
      within(screen.getByTestId(TEST_IDS.harborServiceRow('registry'))).getByText('Exited (128)'),
    ).toBeInTheDocument();
  });

  it('when the images cannot be listed, then only the Images portlet shows the error', async () => {
    server.use(
      failingWith(API_ROUTES.harborImages, 503, { error: { code: 'internal', message: 'registry unavailable' } }),
    );
    renderApp('/harbor');

    const images = await screen.findByRole('region', { name: 'Images' });
    expect(await within(images).findByRole('alert')).toHaveTextContent('registry unavailable');
    expect(screen.getByTestId(TEST_IDS.harborServiceRow('mysql'))).toBeInTheDocument();
  });
});

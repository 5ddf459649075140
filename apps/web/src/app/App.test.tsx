import { API_ROUTES } from '@harborview/contracts/routes';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { failingWith } from '../test/handlers';
import { server } from '../test/msw-server';
import { renderApp } from '../test/render-app';

describe('the console shell', () => {
  it('when a host deep link is opened, then the tree is expanded to it and its Summary shows', async () => {
    renderApp('/inventory/host/host-1/summary');

    expect(await screen.findByRole('heading', { level: 1, name: '10.162.102.130' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Summary', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('treeitem', { name: '10.162.102.130', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('treeitem', { name: 'vSAN-Cluster' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('when the user expands the cluster with the arrows and presses Enter on its host, then that host opens', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/inventory/cluster/cluster-1/summary');
    const cluster = await screen.findByRole('treeitem', { name: 'vSAN-Cluster', selected: true });

    cluster.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{Enter}');

    await waitFor(() => expect(router.state.location.pathname).toBe('/inventory/host/host-1/summary'));
  });

  it('when a related-object tab is chosen, then the URL and the panel follow', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/inventory/cluster/cluster-1/summary');

    await user.click(await screen.findByRole('tab', { name: 'VMs' }));

    expect(router.state.location.pathname).toBe('/inventory/cluster/cluster-1/vms');
    expect(await screen.findByRole('link', { name: 'photon-harbor' })).toBeInTheDocument();
  });

  it('when the theme is toggled, then <html> gets the dark class and the choice is remembered', async () => {
    const user = userEvent.setup();
    renderApp('/inventory/vcenter/vcenter/summary');

    await user.click(screen.getByRole('button', { name: 'Dark theme' }));

    expect(document.documentElement).toHaveClass('dark');
    expect(localStorage.getItem('harborview.theme')).toBe('dark');
  });

  it('when search finds a host, then Enter opens it', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/inventory/vcenter/vcenter/summary');
    await screen.findByRole('treeitem', { name: 'vcenter.test' });

    await user.type(screen.getByRole('combobox', { name: 'Search inventory' }), '102.130{Enter}');

    expect(router.state.location.pathname).toBe('/inventory/host/host-1/summary');
  });

  it('when Recent Tasks is empty, then the pane shows the vSphere columns and says there are none', async () => {
    renderApp('/inventory/vcenter/vcenter/summary');

    expect(await screen.findByText('No recent tasks.')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Queued For' })).toBeInTheDocument();
  });

  it('when the hosts request fails, then the object view shows the API message', async () => {
    server.use(failingWith(API_ROUTES.hosts, 500, { error: { code: 'internal', message: 'Internal error' } }));
    renderApp('/inventory/host/host-1/summary');

    expect(await screen.findByRole('alert')).toHaveTextContent('Internal error');
  });

  it('when the URL names an object that is not there, then it says so', async () => {
    renderApp('/inventory/host/host-404/summary');

    expect(await screen.findByText(/No host with id/)).toBeInTheDocument();
  });
});

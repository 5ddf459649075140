import { TEST_IDS } from '@harborview/testids/testids';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { findNavLink, navLinkTexts } from '../../test/queries';
import { renderApp } from '../../test/render-app';

describe('Monitor tab', () => {
  it('when a cluster Monitor opens, then the left list has Issues, Tasks, Events and the vSAN views', async () => {
    renderApp('/inventory/cluster/cluster-1/monitor');

    expect(await navLinkTexts('Monitor')).toStrictEqual([
      'Issues and Alarms',
      'Tasks',
      'Events',
      'Virtual Objects',
      'Resyncing Objects',
    ]);
    expect(await findNavLink('Monitor', 'Issues and Alarms')).toHaveAttribute('aria-current', 'page');
  });

  it('when Resyncing Objects is chosen, then its URL and view follow', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/inventory/cluster/cluster-1/monitor');

    await user.click(await screen.findByRole('link', { name: 'Resyncing Objects' }));

    expect(router.state.location.pathname).toBe('/inventory/cluster/cluster-1/monitor/vsan-resync');
    expect(await screen.findByTestId(TEST_IDS.resyncSummary)).toBeInTheDocument();
  });

  it('when a host’s Events open, then only events naming that host are listed', async () => {
    renderApp('/inventory/host/host-2/monitor/events');

    const events = await screen.findByTestId(TEST_IDS.events);
    await waitFor(() => expect(within(events).getAllByRole('row')).toHaveLength(2));
    expect(within(events).getByText(/possible host failure of host 10.162.102.131/)).toBeInTheDocument();
    expect(within(events).getByText('Warning')).toBeInTheDocument();
  });

  it('when a VM’s Events open, then its power-on event names the host as target', async () => {
    renderApp('/inventory/vm/vm-1/monitor/events');

    const events = await screen.findByTestId(TEST_IDS.events);
    const [, row] = within(events).getAllByRole('row');
    expect(within(row!).getAllByRole('cell')[3]).toHaveTextContent('10.162.102.130');
  });

  it('when a host has no Issues, then the Monitor says there are no alarms', async () => {
    renderApp('/inventory/host/host-1/monitor/issues');

    expect(await screen.findByText('No triggered alarms.')).toBeInTheDocument();
  });
});

import { TEST_IDS } from '@harborview/testids/testids';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { hostPoweredOff } from '../../test/scenarios';

describe('Host and VM Summary additions', () => {
  it('when a host Summary opens, then the components it holds are counted by state', async () => {
    renderApp('/inventory/host/host-1/summary');

    const portlet = await screen.findByTestId(TEST_IDS.hostComponentCounts);
    expect(await within(portlet).findByRole('list', { name: 'Components by state' })).toHaveTextContent('Active7');
  });

  it('when the host is powered off, then its components count as Absent', async () => {
    server.use(...hostPoweredOff('host-2'));
    renderApp('/inventory/host/host-2/summary');

    const portlet = await screen.findByTestId(TEST_IDS.hostComponentCounts);
    expect(await within(portlet).findByRole('list', { name: 'Components by state' })).toHaveTextContent('Absent7');
    expect(screen.getByTestId(TEST_IDS.hostPowerState)).toHaveTextContent('Powered Off');
  });

  it('when a VM disk backs a volume, then the disk links to the volume page', async () => {
    renderApp('/inventory/vm/vm-1/summary');

    const disks = await screen.findByRole('table', { name: 'Hard disks of photon-harbor' });
    expect(within(disks).getByRole('link', { name: 'vsanvol3' })).toHaveAttribute('href', '/volumes/vsanvol3');
  });

  it('when the cluster Hosts tab opens, then each host shows power, connection and HA state', async () => {
    server.use(...hostPoweredOff('host-2'));
    renderApp('/inventory/cluster/cluster-1/hosts');

    const table = await screen.findByRole('table', { name: 'Hosts' });
    const row = within(table).getByRole('link', { name: '10.162.102.131' }).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toStrictEqual(['10.162.102.131', 'Powered Off', 'Not Responding', 'Unreachable']);
  });
});

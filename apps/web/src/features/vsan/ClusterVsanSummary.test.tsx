import { TEST_IDS } from '@harborview/testids/testids';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { hostPoweredOff } from '../../test/scenarios';

describe('Cluster > Summary vSAN portlets', () => {
  it('when the cluster Summary opens, then vSAN used and free capacity are given in figures', async () => {
    renderApp('/inventory/cluster/cluster-1/summary');

    const capacity = await screen.findByTestId(TEST_IDS.clusterVsanCapacity);
    expect(within(capacity).getByText('150 GB (5%)')).toBeInTheDocument();
    expect(within(capacity).getByText('2.78 TB (95%)')).toBeInTheDocument();
  });

  it('when every object is healthy, then the health counts say so', async () => {
    renderApp('/inventory/cluster/cluster-1/summary');

    const health = await screen.findByRole('list', { name: 'Objects by health' });
    expect(within(health).getByRole('listitem')).toHaveTextContent('Healthy6');
  });

  it('when a host is powered off, then objects waiting on the repair timer are counted and the outcome given', async () => {
    server.use(...hostPoweredOff('host-2'));
    renderApp('/inventory/cluster/cluster-1/summary');

    const portlet = await screen.findByTestId(TEST_IDS.clusterObjectHealth);
    const rows = within(within(portlet).getByRole('list', { name: 'Objects by health' })).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toStrictEqual(['Reduced availability with no rebuild - delay timer6']);
    expect(within(portlet).getByText('no spare fault domain: components stay Absent')).toBeInTheDocument();
  });

  it('when the vsanDatastore Summary opens, then it shows the cluster vSAN figures too', async () => {
    renderApp('/inventory/datastore/datastore-1/summary');

    expect(await screen.findByTestId(TEST_IDS.clusterVsanCapacity)).toBeInTheDocument();
  });
});

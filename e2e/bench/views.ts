/** The views the bench renders (issue #5 point 8: "every view renders in under 1 s"), in the navigator's order. */
import { TEST_IDS } from '@harborview/testids/testids';

import type { ViewCase } from './measure';

const firstLinkIn = (name: string) => (p: Parameters<ViewCase['ready']>[0]) =>
  p.getByRole('table', { name, exact: true }).getByRole('link').first();

export const VIEWS: ViewCase[] = [
  {
    name: 'Cluster summary',
    url: '/inventory/cluster/cluster-1/summary',
    ready: (p) => p.getByTestId(TEST_IDS.clusterObjectHealth).getByRole('list'),
  },
  { name: 'Hosts list', url: '/inventory/cluster/cluster-1/hosts', ready: firstLinkIn('Hosts') },
  { name: 'VMs', url: '/inventory/cluster/cluster-1/vms', ready: firstLinkIn('Virtual machines') },
  {
    name: 'Host summary',
    url: '/inventory/host/host-1/summary',
    ready: (p) => p.getByTestId(TEST_IDS.hostComponentCounts).getByRole('list'),
  },
  {
    name: 'Virtual Objects',
    url: '/inventory/cluster/cluster-1/monitor/vsan-virtual-objects',
    ready: (p) => p.getByTestId(TEST_IDS.virtualObjects).getByRole('checkbox').first(),
    scroll: (p) => p.getByTestId(TEST_IDS.virtualObjects).getByRole('table'),
  },
  {
    name: 'Resyncing',
    url: '/inventory/cluster/cluster-1/monitor/vsan-resync',
    ready: (p) => p.getByTestId(TEST_IDS.resyncSummary),
  },
  { name: 'Events', url: '/inventory/cluster/cluster-1/monitor/events', ready: (p) => p.getByTestId(TEST_IDS.events) },
  {
    name: 'Datastore summary',
    url: '/inventory/datastore/datastore-1/summary',
    ready: (p) => p.getByTestId(TEST_IDS.clusterVsanCapacity),
  },
  {
    name: 'Datastore Files',
    url: '/inventory/datastore/datastore-1/files?path=dockvols%2F_DEFAULT',
    ready: (p) => p.getByTestId(TEST_IDS.datastoreFiles).getByRole('row').nth(1),
    scroll: (p) => p.getByRole('table', { name: 'Contents of dockvols/_DEFAULT' }),
  },
  { name: 'Policies', url: '/policies', ready: (p) => p.getByTestId(TEST_IDS.policiesTable) },
  {
    name: 'Volumes',
    url: '/volumes',
    ready: firstLinkIn('Volumes'),
    scroll: (p) => p.getByTestId(TEST_IDS.volumesTable),
  },
  { name: 'Harbor', url: '/harbor', ready: (p) => p.getByTestId(TEST_IDS.harborStatus) },
];

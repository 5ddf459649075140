import type { Cluster, Datastore, InventoryNode } from '@harborview/contracts/inventory';
import type { ReactNode } from 'react';
import { lazy, Suspense } from 'react';

import { formatBytes, formatMhz } from '../../shared/lib/format';
import { Portlet, PropertyList } from '../../shared/ui/Portlet';
import { LoadingState } from '../../shared/ui/QueryState';
import { StatusBadge } from '../../shared/ui/StatusBadge';

import type { RelatedObjects } from './related-objects';

// Recharts is the heaviest dependency: load it only when a chart is on screen.
const CapacityChart = lazy(() => import('./CapacityChart').then((m) => ({ default: m.CapacityChart })));

function countsItems(related: RelatedObjects): [string, ReactNode][] {
  return [
    ['Hosts', related.hosts.length],
    ['Virtual machines', related.vms.length],
    ['Datastores', related.datastores.length],
    ['Networks', related.networks.length],
  ];
}

/** Summary of the vCenter or a Datacenter: what it contains. */
export function ContainerSummaryView({ node, related }: { node: InventoryNode; related: RelatedObjects }): ReactNode {
  return (
    <Portlet title={node.kind === 'vcenter' ? 'vCenter Server' : 'Datacenter'}>
      <PropertyList items={[['Name', node.name], ...countsItems(related)]} />
    </Portlet>
  );
}

/** Cluster > Summary: members, HA and vSAN state, and pooled resources. */
export function ClusterSummaryView({ cluster, related }: { cluster: Cluster; related: RelatedObjects }): ReactNode {
  const cpuMhz = related.hosts.reduce((sum, h) => sum + h.cpu.cores * h.cpu.mhzPerCore, 0);
  const memory = related.hosts.reduce((sum, h) => sum + h.memory.totalBytes, 0);
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <Portlet title="Cluster details">
        <PropertyList
          items={[
            ...countsItems(related).slice(0, 2),
            [
              'vSphere HA',
              <StatusBadge key="ha" tone={cluster.haEnabled ? 'ok' : 'neutral'}>
                {cluster.haEnabled ? 'On' : 'Off'}
              </StatusBadge>,
            ],
            [
              'vSAN',
              <StatusBadge key="vsan" tone={cluster.vsanEnabled ? 'ok' : 'neutral'}>
                {cluster.vsanEnabled ? 'Enabled' : 'Disabled'}
              </StatusBadge>,
            ],
          ]}
        />
      </Portlet>
      <Portlet title="Resources">
        <PropertyList
          items={[
            ['Total CPU', formatMhz(cpuMhz)],
            ['Total memory', formatBytes(memory)],
            ['Total storage', formatBytes(related.datastores.reduce((s, d) => s + d.capacityBytes, 0))],
          ]}
        />
      </Portlet>
    </div>
  );
}

/** Datastore > Summary: type, URL and capacity. */
export function DatastoreSummaryView({ datastore }: { datastore: Datastore }): ReactNode {
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <Portlet title="Details">
        <PropertyList
          items={[
            ['Type', datastore.type === 'vsan' ? 'vSAN' : 'VMFS'],
            [
              'URL',
              <span key="u" className="font-mono text-xs">
                {datastore.url}
              </span>,
            ],
            ['Hosts', datastore.hostIds.length],
          ]}
        />
      </Portlet>
      <Portlet title="Capacity">
        <Suspense fallback={<LoadingState label="chart" />}>
          <CapacityChart usedBytes={datastore.capacityBytes - datastore.freeBytes} freeBytes={datastore.freeBytes} />
        </Suspense>
      </Portlet>
    </div>
  );
}

/** Network > Summary. */
export function NetworkSummaryView({ node, related }: { node: InventoryNode; related: RelatedObjects }): ReactNode {
  return (
    <Portlet title="Network details">
      <PropertyList
        items={[
          ['Name', node.name],
          ['Hosts', related.hosts.length],
          ['Virtual machines', related.vms.length],
        ]}
      />
    </Portlet>
  );
}

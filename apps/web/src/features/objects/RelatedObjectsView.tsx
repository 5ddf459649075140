import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { formatBytes } from '../../shared/lib/format';
import { objectPath } from '../../shared/lib/object-routes';
import { DataTable } from '../../shared/ui/DataTable';
import { EmptyState } from '../../shared/ui/QueryState';
import { ConnectionBadge, PowerBadge } from '../../shared/ui/StatusBadge';
import type { TableColumn } from '../../shared/ui/table-columns';

import type { RelatedTabId } from './object-tabs';
import type { RelatedObjects } from './related-objects';

function ObjectTable<T extends { id: string }>({
  caption,
  rows,
  columns,
}: {
  caption: string;
  rows: T[];
  columns: TableColumn<T>[];
}): ReactNode {
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      empty={<EmptyState>No {caption.toLowerCase()}.</EmptyState>}
    />
  );
}

const linkClass = 'text-sky-700 underline dark:text-sky-300';

/** The Hosts / VMs / Datastores / Networks tabs: a table of the related objects, each linking to its own view. */
export function RelatedObjectsView({ tab, related }: { tab: RelatedTabId; related: RelatedObjects }): ReactNode {
  switch (tab) {
    case 'hosts':
      return (
        <ObjectTable
          caption="Hosts"
          rows={related.hosts}
          columns={[
            {
              header: 'Name',
              cell: (h) => (
                <Link className={linkClass} to={objectPath('host', h.id)}>
                  {h.name}
                </Link>
              ),
            },
            { header: 'State', cell: (h) => <PowerBadge state={h.powerState} /> },
            { header: 'Status', cell: (h) => <ConnectionBadge state={h.connectionState} /> },
            { header: 'vSphere HA State', cell: (h) => h.haState },
          ]}
        />
      );
    case 'vms':
      return (
        <ObjectTable
          caption="Virtual machines"
          rows={related.vms}
          columns={[
            {
              header: 'Name',
              cell: (vm) => (
                <Link className={linkClass} to={objectPath('vm', vm.id)}>
                  {vm.name}
                </Link>
              ),
            },
            { header: 'State', cell: (vm) => <PowerBadge state={vm.powerState} /> },
            {
              header: 'Host',
              cell: (vm) => (
                <Link className={linkClass} to={objectPath('host', vm.hostId)}>
                  {vm.hostId}
                </Link>
              ),
            },
            { header: 'Guest OS', cell: (vm) => vm.guestOs },
          ]}
        />
      );
    case 'datastores':
      return (
        <ObjectTable
          caption="Datastores"
          rows={related.datastores}
          columns={[
            {
              header: 'Name',
              cell: (d) => (
                <Link className={linkClass} to={objectPath('datastore', d.id)}>
                  {d.name}
                </Link>
              ),
            },
            { header: 'Type', cell: (d) => (d.type === 'vsan' ? 'vSAN' : 'VMFS') },
            { header: 'Capacity', cell: (d) => formatBytes(d.capacityBytes) },
            { header: 'Free', cell: (d) => formatBytes(d.freeBytes) },
          ]}
        />
      );
    case 'networks':
      return (
        <ObjectTable
          caption="Networks"
          rows={related.networks}
          columns={[
            {
              header: 'Name',
              cell: (n) => (
                <Link className={linkClass} to={objectPath('network', n.id)}>
                  {n.name}
                </Link>
              ),
            },
          ]}
        />
      );
  }
}

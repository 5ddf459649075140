import type { ObjectKind } from '@harborview/contracts/inventory';
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

/** A link to an object's own view. */
function ObjectLink({ kind, id, label }: { kind: ObjectKind; id: string; label: string }): ReactNode {
  return (
    <Link className={linkClass} to={objectPath(kind, id)}>
      {label}
    </Link>
  );
}

/** The Name column of every related-objects table: the object's name, linking to its view. */
function nameColumn<T extends { id: string; name: string }>(kind: ObjectKind): TableColumn<T> {
  return { header: 'Name', cell: (row) => <ObjectLink kind={kind} id={row.id} label={row.name} /> };
}

/** The Hosts / VMs / Datastores / Networks tabs: a table of the related objects, each linking to its own view. */
export function RelatedObjectsView({ tab, related }: { tab: RelatedTabId; related: RelatedObjects }): ReactNode {
  switch (tab) {
    case 'hosts':
      return (
        <ObjectTable
          caption="Hosts"
          rows={related.hosts}
          columns={[
            nameColumn('host'),
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
            nameColumn('vm'),
            { header: 'State', cell: (vm) => <PowerBadge state={vm.powerState} /> },
            { header: 'Host', cell: (vm) => <ObjectLink kind="host" id={vm.hostId} label={vm.hostId} /> },
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
            nameColumn('datastore'),
            { header: 'Type', cell: (d) => (d.type === 'vsan' ? 'vSAN' : 'VMFS') },
            { header: 'Capacity', cell: (d) => formatBytes(d.capacityBytes) },
            { header: 'Free', cell: (d) => formatBytes(d.freeBytes) },
          ]}
        />
      );
    case 'networks':
      return <ObjectTable caption="Networks" rows={related.networks} columns={[nameColumn('network')]} />;
  }
}

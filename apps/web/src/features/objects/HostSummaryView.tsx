import type { Host, Vm } from '@harborview/contracts/inventory';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { formatBytes, formatMhz } from '../../shared/lib/format';
import { objectPath } from '../../shared/lib/object-routes';
import { DataTable } from '../../shared/ui/DataTable';
import { Portlet, PropertyList, UsageBar } from '../../shared/ui/Portlet';
import { ConnectionBadge, PowerBadge } from '../../shared/ui/StatusBadge';
import type { TableColumn } from '../../shared/ui/table-columns';

type DiskGroup = Host['diskGroups'][number];

const DISK_COLUMNS: TableColumn<{ group: DiskGroup; disk: DiskGroup['cacheDisk'] }>[] = [
  { header: 'Disk group', cell: ({ group }) => group.id },
  { header: 'Disk', className: 'font-mono text-xs', cell: ({ disk }) => disk.name },
  { header: 'Tier', cell: ({ group, disk }) => (disk === group.cacheDisk ? 'Cache (flash)' : 'Capacity') },
  { header: 'Capacity', cell: ({ disk }) => formatBytes(disk.capacityBytes) },
  { header: 'State', cell: ({ disk }) => (disk.state === 'healthy' ? 'Healthy' : 'Failed') },
];

/** Host > Summary: identity, state, capacity and the vSAN disk groups. */
export function HostSummaryView({ host, vms }: { host: Host; vms: Vm[] }): ReactNode {
  const capacityDisks = host.diskGroups.flatMap((g) => g.capacityDisks);
  const diskCapacity = capacityDisks.reduce((sum, d) => sum + d.capacityBytes, 0);
  const diskUsed = capacityDisks.reduce((sum, d) => sum + d.usedBytes, 0);
  return (
    <div data-testid={TEST_IDS.hostSummary} className="grid gap-3 lg:grid-cols-2">
      <Portlet title="Host details">
        <PropertyList
          items={[
            ['Address', host.address, TEST_IDS.hostAddress],
            ['Hypervisor', host.version],
            ['Model', host.model],
            ['Processor', `${host.cpu.cores} CPUs × ${formatMhz(host.cpu.mhzPerCore)}`],
            ['State', <PowerBadge key="p" state={host.powerState} testId={TEST_IDS.hostPowerState} />],
            ['Connection', <ConnectionBadge key="c" state={host.connectionState} />],
            ['vSphere HA State', host.haState],
            [
              'Virtual machines',
              vms.length === 0
                ? 'None'
                : vms.map((vm) => (
                    <Link
                      key={vm.id}
                      to={objectPath('vm', vm.id)}
                      className="mr-2 text-sky-700 underline dark:text-sky-300"
                    >
                      {vm.name}
                    </Link>
                  )),
            ],
          ]}
        />
      </Portlet>
      <Portlet title="Capacity and usage">
        <div className="space-y-3">
          <PropertyList items={[['CPU capacity', formatMhz(host.cpu.cores * host.cpu.mhzPerCore)]]} />
          <UsageBar label="Memory" used={host.memory.usedBytes} total={host.memory.totalBytes} format={formatBytes} />
          <UsageBar label="vSAN capacity disks" used={diskUsed} total={diskCapacity} format={formatBytes} />
        </div>
      </Portlet>
      <div className="lg:col-span-2">
        <Portlet title="vSAN disk groups">
          <DataTable
            caption={`Disk groups of ${host.name}`}
            variant="plain"
            columns={DISK_COLUMNS}
            rows={host.diskGroups.flatMap((group) =>
              [group.cacheDisk, ...group.capacityDisks].map((disk) => ({ group, disk })),
            )}
            rowKey={({ disk }) => disk.id}
          />
        </Portlet>
      </div>
    </div>
  );
}

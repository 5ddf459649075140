import type { Host, Vm } from '@harborview/contracts/inventory';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { formatBytes } from '../../shared/lib/format';
import { objectPath } from '../../shared/lib/object-routes';
import { CONSOLE_PATHS } from '../../shared/ui/console-paths';
import { DataTable } from '../../shared/ui/DataTable';
import { Portlet, PropertyList } from '../../shared/ui/Portlet';
import { PowerBadge, StatusBadge } from '../../shared/ui/StatusBadge';
import type { TableColumn } from '../../shared/ui/table-columns';

const DISK_COLUMNS: TableColumn<Vm['disks'][number]>[] = [
  { header: 'Hard disk', cell: (disk) => disk.label },
  { header: 'Capacity', cell: (disk) => formatBytes(disk.capacityBytes) },
  { header: 'VMDK', className: 'font-mono text-xs', cell: (disk) => disk.vmdkPath },
  {
    header: 'Docker volume',
    cell: (disk) =>
      disk.volumeName ? (
        <Link to={CONSOLE_PATHS.volume(disk.volumeName)} className="text-sky-700 underline dark:text-sky-300">
          {disk.volumeName}
        </Link>
      ) : (
        '—'
      ),
  },
];

/** VM > Summary: guest, placement, HA protection and the hard disks with their VMDKs. */
export function VmSummaryView({ vm, host }: { vm: Vm; host: Host | undefined }): ReactNode {
  return (
    <div data-testid={TEST_IDS.vmSummary} className="grid gap-3 lg:grid-cols-2">
      <Portlet title="Guest OS">
        <PropertyList
          items={[
            ['Power state', <PowerBadge key="p" state={vm.powerState} />],
            ['Guest OS', vm.guestOs],
            ['IP address', vm.ipAddress ?? '—'],
            [
              'Host',
              host ? (
                <Link to={objectPath('host', host.id)} className="text-sky-700 underline dark:text-sky-300">
                  {host.name}
                </Link>
              ) : (
                vm.hostId
              ),
            ],
            [
              'vSphere HA protection',
              <StatusBadge key="ha" tone={vm.haProtection === 'protected' ? 'ok' : 'neutral'}>
                {vm.haProtection === 'protected' ? 'Protected' : 'Unprotected'}
              </StatusBadge>,
            ],
          ]}
        />
      </Portlet>
      <Portlet title="VM hardware">
        <PropertyList
          items={[
            ['CPU', `${vm.cpuCount} CPU(s)`],
            ['Memory', formatBytes(vm.memoryBytes)],
          ]}
        />
        <DataTable
          caption={`Hard disks of ${vm.name}`}
          variant="plain"
          className="mt-3"
          columns={DISK_COLUMNS}
          rows={vm.disks}
          rowKey={(disk) => disk.label}
        />
      </Portlet>
    </div>
  );
}

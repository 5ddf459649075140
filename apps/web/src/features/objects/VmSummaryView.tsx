import type { Host, Vm } from '@harborview/contracts/inventory';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { formatBytes } from '../../shared/lib/format';
import { objectPath } from '../../shared/lib/object-routes';
import { CONSOLE_PATHS } from '../../shared/ui/console-paths';
import { Portlet, PropertyList } from '../../shared/ui/Portlet';
import { PowerBadge, StatusBadge } from '../../shared/ui/StatusBadge';

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
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">Hard disks of {vm.name}</caption>
          <thead className="text-xs text-slate-500 dark:text-slate-400">
            <tr>
              <th scope="col">Hard disk</th>
              <th scope="col">Capacity</th>
              <th scope="col">VMDK</th>
              <th scope="col">Docker volume</th>
            </tr>
          </thead>
          <tbody>
            {vm.disks.map((disk) => (
              <tr key={disk.label} className="border-t border-slate-100 dark:border-slate-800">
                <td>{disk.label}</td>
                <td>{formatBytes(disk.capacityBytes)}</td>
                <td className="font-mono text-xs">{disk.vmdkPath}</td>
                <td>
                  {disk.volumeName ? (
                    <Link
                      to={CONSOLE_PATHS.volume(disk.volumeName)}
                      className="text-sky-700 underline dark:text-sky-300"
                    >
                      {disk.volumeName}
                    </Link>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Portlet>
    </div>
  );
}

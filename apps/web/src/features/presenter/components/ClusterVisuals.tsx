import type { ClusterSummary } from '@harborview/contracts/cluster';
import type { Host } from '@harborview/contracts/inventory';
import type { Setup } from '@harborview/contracts/setup';
import type { ReactNode } from 'react';

import { formatBytes } from '../../../shared/lib/format';

import { Card, Cards } from './Big';

const POWER = { poweredOn: 'Powered On', poweredOff: 'Powered Off' } as const;

/** Beat 1: the hosts and the disks they give vSAN. */
export function HostsVisual({ hosts, cluster }: { hosts: readonly Host[]; cluster: ClusterSummary }): ReactNode {
  return (
    <div className="space-y-3">
      <Cards label="Hosts">
        {hosts.map((h) => {
          const disks = h.diskGroups.reduce((n, g) => n + 1 + g.capacityDisks.length, 0);
          return (
            <Card key={h.id} title={h.name} tone={h.powerState === 'poweredOn' ? 'ok' : 'error'}>
              {POWER[h.powerState]} · {h.diskGroups.length} disk group{h.diskGroups.length === 1 ? '' : 's'}, {disks}{' '}
              disks
            </Card>
          );
        })}
      </Cards>
      <p className="text-lg">
        vsanDatastore: {formatBytes(cluster.vsan.capacityBytes)} from {hosts.length} hosts
      </p>
    </div>
  );
}

/** Beat 2: the VIB on each host and the plugin in the Docker VM. */
export function SetupVisual({ setup }: { setup: Setup }): ReactNode {
  return (
    <Cards label="vDVS install state">
      {setup.hosts.map((h) => (
        <Card key={h.hostId} title={h.name} tone={h.vib.state === 'installed' ? 'ok' : 'neutral'}>
          VIB {h.vib.state === 'installed' ? `installed${h.vib.version ? ` (${h.vib.version})` : ''}` : h.vib.state}
        </Card>
      ))}
      {setup.vms.map((vm) => (
        <Card key={vm.vmId} title={vm.name} tone={vm.plugin.state === 'installed' ? 'ok' : 'neutral'}>
          Docker plugin {vm.plugin.state === 'installed' ? 'installed (vsphere:latest)' : vm.plugin.state}
        </Card>
      ))}
    </Cards>
  );
}

/** Beat 8: HA on, with each host's role. */
export function HaVisual({ hosts, haEnabled }: { hosts: readonly Host[]; haEnabled: boolean }): ReactNode {
  return (
    <div className="space-y-3">
      <p className="text-2xl font-semibold">vSphere HA is {haEnabled ? 'on' : 'off'}</p>
      <Cards label="HA state per host">
        {hosts.map((h) => (
          <Card key={h.id} title={h.name} tone={/primary/i.test(h.haState) ? 'ok' : 'neutral'}>
            {h.haState}
          </Card>
        ))}
      </Cards>
    </div>
  );
}

import type { Cluster, Datastore, Host, Vm } from '@harborview/contracts/inventory';
import type { ReactNode } from 'react';

import { formatBytes } from '../../shared/lib/format';
import { Portlet, PropertyList } from '../../shared/ui/Portlet';

export type ConfigureSubject =
  | { kind: 'cluster'; cluster: Cluster }
  | { kind: 'host'; host: Host }
  | { kind: 'vm'; vm: Vm }
  | { kind: 'datastore'; datastore: Datastore }
  | { kind: 'other'; name: string };

/** Configure: the object's settings as the vSphere Client groups them (read-only until the wizards land). */
export function ConfigureView({ subject }: { subject: ConfigureSubject }): ReactNode {
  switch (subject.kind) {
    case 'cluster':
      return (
        <div className="grid gap-3 lg:grid-cols-2">
          <Portlet title="Services › vSphere Availability">
            <PropertyList items={[['vSphere HA', subject.cluster.haEnabled ? 'Turned ON' : 'Turned OFF']]} />
          </Portlet>
          <Portlet title="vSAN › Services">
            <PropertyList items={[['vSAN', subject.cluster.vsanEnabled ? 'Enabled' : 'Disabled']]} />
          </Portlet>
        </div>
      );
    case 'host':
      return (
        <Portlet title="Storage › Storage Devices">
          <PropertyList
            items={subject.host.diskGroups.flatMap((g) =>
              [g.cacheDisk, ...g.capacityDisks].map((d): [string, ReactNode] => [
                d.name,
                `${formatBytes(d.capacityBytes)} ${d.isSsd ? 'Flash' : 'HDD'}`,
              ]),
            )}
          />
        </Portlet>
      );
    case 'vm':
      return (
        <Portlet title="Settings › VM Options">
          <PropertyList
            items={[
              ['Guest OS', subject.vm.guestOs],
              ['CPU', `${subject.vm.cpuCount}`],
              ['Memory', formatBytes(subject.vm.memoryBytes)],
              ['Hard disks', subject.vm.disks.length],
            ]}
          />
        </Portlet>
      );
    case 'datastore':
      return (
        <Portlet title="General">
          <PropertyList
            items={[
              ['Name', subject.datastore.name],
              ['Type', subject.datastore.type === 'vsan' ? 'vSAN' : 'VMFS'],
              ['Capacity', formatBytes(subject.datastore.capacityBytes)],
            ]}
          />
        </Portlet>
      );
    case 'other':
      return (
        <Portlet title="General">
          <PropertyList items={[['Name', subject.name]]} />
        </Portlet>
      );
  }
}

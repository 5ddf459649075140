import type { Cluster, Datastore, Host, Vm } from '@harborview/contracts/inventory';
import type { ReactNode } from 'react';

import { formatBytes } from '../../shared/lib/format';
import { Portlet, PropertyList } from '../../shared/ui/Portlet';
import { SectionNav } from '../../shared/ui/SectionNav';
import { AvailabilityPage, VsanServicesPage } from '../vsan/ClusterSettingsPages';

import { configureSections, resolveSection, sectionPath } from './object-sections';

export type ConfigureSubject =
  | { kind: 'cluster'; cluster: Cluster }
  | { kind: 'host'; host: Host }
  | { kind: 'vm'; vm: Vm }
  | { kind: 'datastore'; datastore: Datastore }
  | { kind: 'other'; name: string };

/** Cluster > Configure: Services > vSphere Availability and vSAN > Services, each editable. */
function ClusterConfigure({ cluster, section }: { cluster: Cluster; section: string | undefined }): ReactNode {
  const sections = configureSections('cluster');
  const current = resolveSection(sections, section);
  return (
    <SectionNav
      label="Configure"
      sections={sections}
      selected={current}
      hrefFor={(s) => sectionPath('cluster', cluster.id, 'configure', s)}
    >
      {current === 'vsphere-availability' && <AvailabilityPage />}
      {current === 'vsan-services' && <VsanServicesPage />}
    </SectionNav>
  );
}

/** Configure: the object's settings as the vSphere Client groups them (the cluster's are editable). */
export function ConfigureView({ subject, section }: { subject: ConfigureSubject; section?: string }): ReactNode {
  switch (subject.kind) {
    case 'cluster':
      return <ClusterConfigure cluster={subject.cluster} section={section} />;
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

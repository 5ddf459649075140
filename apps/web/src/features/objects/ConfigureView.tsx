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

type PropertyItems = Parameters<typeof PropertyList>[0]['items'];

/** The one portlet a non-cluster object's Configure shows: its title and the settings listed in it. */
function settingsOf(subject: Exclude<ConfigureSubject, { kind: 'cluster' }>): { title: string; items: PropertyItems } {
  switch (subject.kind) {
    case 'host':
      return {
        title: 'Storage › Storage Devices',
        items: subject.host.diskGroups.flatMap((g) =>
          [g.cacheDisk, ...g.capacityDisks].map((d): [string, ReactNode] => [
            d.name,
            `${formatBytes(d.capacityBytes)} ${d.isSsd ? 'Flash' : 'HDD'}`,
          ]),
        ),
      };
    case 'vm':
      return {
        title: 'Settings › VM Options',
        items: [
          ['Guest OS', subject.vm.guestOs],
          ['CPU', `${subject.vm.cpuCount}`],
          ['Memory', formatBytes(subject.vm.memoryBytes)],
          ['Hard disks', subject.vm.disks.length],
        ],
      };
    case 'datastore':
      return {
        title: 'General',
        items: [
          ['Name', subject.datastore.name],
          ['Type', subject.datastore.type === 'vsan' ? 'vSAN' : 'VMFS'],
          ['Capacity', formatBytes(subject.datastore.capacityBytes)],
        ],
      };
    case 'other':
      return { title: 'General', items: [['Name', subject.name]] };
  }
}

/** Configure: the object's settings as the vSphere Client groups them (the cluster's are editable). */
export function ConfigureView({ subject, section }: { subject: ConfigureSubject; section?: string }): ReactNode {
  if (subject.kind === 'cluster') return <ClusterConfigure cluster={subject.cluster} section={section} />;
  const { title, items } = settingsOf(subject);
  return (
    <Portlet title={title}>
      <PropertyList items={items} />
    </Portlet>
  );
}

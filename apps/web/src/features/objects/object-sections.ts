import type { ObjectKind } from '@harborview/contracts/inventory';

import { objectPath } from '../../shared/lib/object-routes';
import type { SectionItem } from '../../shared/ui/SectionNav';

// Monitor's left list in the vSphere Client (vsphere-client-ui.md §4): Issues always, vSAN views on a vSAN cluster.
const COMMON_MONITOR: SectionItem[] = [
  { id: 'issues', label: 'Issues and Alarms' },
  { id: 'tasks', label: 'Tasks' },
  { id: 'events', label: 'Events' },
];
const VSAN_MONITOR: SectionItem[] = [
  { id: 'vsan-virtual-objects', label: 'Virtual Objects', group: 'vSAN' },
  { id: 'vsan-resync', label: 'Resyncing Objects', group: 'vSAN' },
];
const CLUSTER_CONFIGURE: SectionItem[] = [
  { id: 'vsphere-availability', label: 'vSphere Availability', group: 'Services' },
  { id: 'vsan-services', label: 'Services', group: 'vSAN' },
];

/** The Monitor tab's sections for an object kind. */
export function monitorSections(kind: ObjectKind): SectionItem[] {
  return kind === 'cluster' ? [...COMMON_MONITOR, ...VSAN_MONITOR] : COMMON_MONITOR;
}

/** The Configure tab's sections (only the cluster has settings the console can change). */
export function configureSections(kind: ObjectKind): SectionItem[] {
  return kind === 'cluster' ? CLUSTER_CONFIGURE : [];
}

/** Narrows a URL segment to one of the sections, falling back to the first. */
export function resolveSection(sections: SectionItem[], raw: string | undefined): string {
  return sections.find((s) => s.id === raw)?.id ?? sections[0]?.id ?? '';
}

/** The URL of a section inside an object's tab, e.g. `/inventory/cluster/c1/monitor/vsan-virtual-objects`. */
export function sectionPath(kind: ObjectKind, id: string, tab: string, section: string): string {
  return `${objectPath(kind, id, tab)}/${encodeURIComponent(section)}`;
}

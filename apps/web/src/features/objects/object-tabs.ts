import type { ObjectKind } from '@harborview/contracts/inventory';

export const OBJECT_TAB_IDS = [
  'summary',
  'monitor',
  'configure',
  'files',
  'volumes',
  'hosts',
  'vms',
  'datastores',
  'networks',
] as const;
export type ObjectTabId = (typeof OBJECT_TAB_IDS)[number];
export type RelatedTabId = Extract<ObjectTabId, 'hosts' | 'vms' | 'datastores' | 'networks'>;

const LABELS: Record<ObjectTabId, string> = {
  summary: 'Summary',
  monitor: 'Monitor',
  configure: 'Configure',
  files: 'Files',
  volumes: 'Volumes',
  hosts: 'Hosts',
  vms: 'VMs',
  datastores: 'Datastores',
  networks: 'Networks',
};

// The related-object tabs each kind shows in the vSphere Client (vsphere-client-ui.md §4 Layout).
const RELATED: Record<ObjectKind, RelatedTabId[]> = {
  vcenter: ['hosts', 'vms', 'datastores', 'networks'],
  datacenter: ['hosts', 'vms', 'datastores', 'networks'],
  cluster: ['hosts', 'vms', 'datastores', 'networks'],
  host: ['vms', 'datastores', 'networks'],
  vm: ['datastores', 'networks'],
  datastore: ['hosts', 'vms'],
  network: ['hosts', 'vms'],
};

// A datastore's Files browser (vSphere Client: Datastore > Files) and the vDVS volumes on it.
const STORAGE: Partial<Record<ObjectKind, ObjectTabId[]>> = { datastore: ['files', 'volumes'] };

/** The top-level tabs of an object's view, in the vSphere Client's order. */
export function tabsFor(kind: ObjectKind): { id: ObjectTabId; label: string }[] {
  const ids: ObjectTabId[] = ['summary', 'monitor', 'configure', ...(STORAGE[kind] ?? []), ...RELATED[kind]];
  return ids.map((id) => ({ id, label: LABELS[id] }));
}

/** Narrows a URL segment to a tab the kind has, falling back to Summary. */
export function resolveTab(kind: ObjectKind, raw: string | undefined): ObjectTabId {
  return tabsFor(kind).find((t) => t.id === raw)?.id ?? 'summary';
}

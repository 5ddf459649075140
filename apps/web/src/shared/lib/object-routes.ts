import type { InventoryView, ObjectKind } from '@harborview/contracts/inventory';

/** The console URL of an object's tab: every object has one, so reload and links keep the selection. */
export function objectPath(kind: ObjectKind, id: string, tab = 'summary'): string {
  return `/inventory/${kind}/${encodeURIComponent(id)}/${tab}`;
}

/** Which navigator view shows an object of this kind when none was chosen (vSphere Client behaviour). */
export function defaultViewFor(kind: ObjectKind): InventoryView {
  if (kind === 'datastore') return 'storage';
  if (kind === 'network') return 'networking';
  return 'hostsAndClusters';
}

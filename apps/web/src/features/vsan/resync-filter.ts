import type { ResyncSummary } from '@harborview/contracts/cluster';

export type ResyncObject = ResyncSummary['objects'][number];
export interface ResyncFilter {
  intent?: string;
  status?: ResyncObject['status'];
}

export const RESYNC_STATUS_LABELS: Record<ResyncObject['status'], string> = {
  active: 'Active',
  queued: 'Queued',
  scheduled: 'Scheduled',
  pending: 'Pending',
};

/** The Resyncing Objects list under its Intent and Status filters, most bytes left first. */
export function filterResync(objects: ResyncObject[], filter: ResyncFilter): ResyncObject[] {
  return objects
    .filter((o) => (!filter.intent || o.intent === filter.intent) && (!filter.status || o.status === filter.status))
    .sort((a, b) => b.bytesLeft - a.bytesLeft || a.name.localeCompare(b.name));
}

/** The intents present, for the Intent filter's options. */
export function intentsOf(objects: ResyncObject[]): string[] {
  return [...new Set(objects.map((o) => o.intent))].sort();
}

import type { TwinEvent } from '@harborview/contracts/events';

import type { BadgeTone } from '../../shared/ui/StatusBadge';

// vSphere's Events list calls the severities Information, Warning and Error.
export const SEVERITY: Record<TwinEvent['severity'], { label: string; tone: BadgeTone }> = {
  info: { label: 'Information', tone: 'neutral' },
  warning: { label: 'Warning', tone: 'warn' },
  error: { label: 'Error', tone: 'error' },
};

/** Events newest first (ids increase with time, so they break ties between equal timestamps). */
export function newestFirst(events: TwinEvent[]): TwinEvent[] {
  return [...events].sort((a, b) => Date.parse(b.time) - Date.parse(a.time) || b.id - a.id);
}

/** The Target column: the objects an event names, except the one whose Events list this is. */
export function eventTargets(event: TwinEvent, entity: string | null): string {
  const names = event.objects.filter((o) => o.id !== entity).map((o) => o.name);
  return names.length > 0 ? names.join(', ') : '—';
}

/**
 * The Events list (vSphere `EventManager`): producers return drafts without ids, and `appendEvents` numbers them from a
 * counter kept in the log, so ids are stable, strictly increasing and replay identically (like vSphere's `Event.key`).
 */
import type { EventSeverity } from '@harborview/contracts/events';

import type { EntityRef } from './entity';
import type { TwinTime } from './time';

/** vSphere event categories as the client shows them (info, warning, error): the contract's type. */
export type { EventSeverity } from '@harborview/contracts/events';

/** One entry of the Events list. `typeId` is the vSphere `eventTypeId` (EventEx) or `vim.event.<Class>`. */
export interface TwinEvent {
  id: number;
  time: TwinTime;
  severity: EventSeverity;
  typeId: string;
  message: string;
  objects: EntityRef[];
}

/** An event before the log numbers it: what HA, Harbor and tasks return. */
export type EventDraft = Omit<TwinEvent, 'id'>;

/** The event log: newest last, plus the next id to hand out. */
export interface EventLog {
  nextId: number;
  events: TwinEvent[];
}

// vCenter keeps events in its database for 30 days; the twin keeps the newest N so long scenarios stay small.
/** How many events the log keeps; older ones are dropped but their ids are never reused. */
export const EVENT_LOG_CAPACITY = 1000;

/** An empty log whose first event gets id 1. */
export function createEventLog(): EventLog {
  return { nextId: 1, events: [] };
}

/** Numbers the drafts in order and appends them, dropping the oldest beyond `capacity`. */
export function appendEvents(log: EventLog, drafts: readonly EventDraft[], capacity = EVENT_LOG_CAPACITY): EventLog {
  if (drafts.length === 0) return log;
  const added = drafts.map((draft, i) => ({ id: log.nextId + i, ...draft }));
  const events = [...log.events, ...added];
  return { nextId: log.nextId + drafts.length, events: events.slice(Math.max(0, events.length - capacity)) };
}

/** Events that name the given object, newest first (the Monitor > Events view of one object). */
export function eventsFor(log: EventLog, entityId: string): TwinEvent[] {
  return log.events.filter((e) => e.objects.some((o) => o.id === entityId)).reverse();
}

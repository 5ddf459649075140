/**
 * Triggered alarms (the Alarms pane): trigger, clear and acknowledge over a board whose id counter lives in the state.
 * Colours follow vsan-ha.md §3 Events and alarms (Normal green, Warning yellow, Alert red). Like the vSphere client's
 * Triggered Alarms list, the board holds only non-green alarms: clearing removes the entry and logs the change.
 */
import type { AlarmStatus } from '@harborview/contracts/tasks';

import type { EntityRef } from './entity';
import type { EventDraft, EventSeverity } from './events';
import type { TwinTime } from './time';

/** `ManagedEntityStatus` as the Alarms pane colours it (the contract's type). */
export type { AlarmStatus } from '@harborview/contracts/tasks';
/** The statuses a triggered alarm can have. */
export type TriggeredStatus = Exclude<AlarmStatus, 'green'>;

/** One triggered alarm: the alarm definition's name on one entity. */
export interface TriggeredAlarm {
  id: number;
  name: string;
  entity: EntityRef;
  status: TriggeredStatus;
  triggeredAt: TwinTime;
  acknowledged: boolean;
  acknowledgedAt: TwinTime | null;
  acknowledgedBy: string | null;
}

/** The triggered alarms plus the next id to hand out. */
export interface AlarmBoard {
  nextId: number;
  alarms: TriggeredAlarm[];
}

/** A request to change an alarm, as HA and Harbor emit them for the integrator to apply. */
export type AlarmIntent =
  | { type: 'triggerAlarm'; name: string; entity: EntityRef; status: TriggeredStatus }
  | { type: 'clearAlarm'; name: string; entity: EntityRef };

/** What an alarm transition returns. */
export interface AlarmResult {
  state: AlarmBoard;
  events: EventDraft[];
}

const RANK: Record<AlarmStatus, number> = { green: 0, yellow: 1, red: 2 };
const LABEL: Record<AlarmStatus, string> = { green: 'Green', yellow: 'Yellow', red: 'Red' };
// The vCenter 8.0 event catalogue files AlarmStatusChangedEvent as info; the twin colours it by the new status [U].
const SEVERITY: Record<AlarmStatus, EventSeverity> = { green: 'info', yellow: 'warning', red: 'error' };

/** An empty board whose first alarm gets id 1. */
export function createAlarmBoard(): AlarmBoard {
  return { nextId: 1, alarms: [] };
}

/** Triggers (or re-colours) the named alarm on an entity; the same status again changes nothing. */
export function triggerAlarm(
  board: AlarmBoard,
  now: TwinTime,
  input: { name: string; entity: EntityRef; status: TriggeredStatus },
): AlarmResult {
  const index = board.alarms.findIndex((a) => matches(a, input.name, input.entity.id));
  const current = board.alarms[index];
  if (current === undefined) {
    const alarm: TriggeredAlarm = {
      id: board.nextId,
      name: input.name,
      entity: input.entity,
      status: input.status,
      triggeredAt: now,
      acknowledged: false,
      acknowledgedAt: null,
      acknowledgedBy: null,
    };
    return {
      state: { nextId: board.nextId + 1, alarms: [...board.alarms, alarm] },
      events: [statusChanged(now, input.name, input.entity, 'green', input.status)],
    };
  }
  if (current.status === input.status) return { state: board, events: [] };
  // An escalation asks for attention again, so it drops an earlier acknowledgement [U]; a de-escalation keeps it.
  const escalated = RANK[input.status] > RANK[current.status];
  const next: TriggeredAlarm = escalated
    ? {
        ...current,
        status: input.status,
        triggeredAt: now,
        acknowledged: false,
        acknowledgedAt: null,
        acknowledgedBy: null,
      }
    : { ...current, status: input.status };
  return {
    state: { ...board, alarms: board.alarms.with(index, next) },
    events: [statusChanged(now, input.name, input.entity, current.status, input.status)],
  };
}

/** Returns the named alarm on an entity to green, removing it from the board; a no-op if it is not triggered. */
export function clearAlarm(board: AlarmBoard, now: TwinTime, input: { name: string; entity: EntityRef }): AlarmResult {
  const current = board.alarms.find((a) => matches(a, input.name, input.entity.id));
  if (current === undefined) return { state: board, events: [] };
  return {
    state: { ...board, alarms: board.alarms.filter((a) => a !== current) },
    events: [statusChanged(now, input.name, current.entity, current.status, 'green')],
  };
}

/** Marks a triggered alarm acknowledged by a user; a no-op if unknown or already acknowledged. */
export function acknowledgeAlarm(
  board: AlarmBoard,
  now: TwinTime,
  input: { alarmId: number; user: string },
): AlarmResult {
  const index = board.alarms.findIndex((a) => a.id === input.alarmId);
  const current = board.alarms[index];
  if (current === undefined || current.acknowledged) return { state: board, events: [] };
  const next: TriggeredAlarm = { ...current, acknowledged: true, acknowledgedAt: now, acknowledgedBy: input.user };
  const event: EventDraft = {
    time: now,
    severity: 'info',
    typeId: 'vim.event.AlarmAcknowledgedEvent',
    message: `Acknowledged alarm '${current.name}' on ${current.entity.name}`,
    objects: [current.entity],
  };
  return { state: { ...board, alarms: board.alarms.with(index, next) }, events: [event] };
}

/** Applies one intent from HA or Harbor. */
export function applyAlarmIntent(board: AlarmBoard, now: TwinTime, intent: AlarmIntent): AlarmResult {
  return intent.type === 'triggerAlarm' ? triggerAlarm(board, now, intent) : clearAlarm(board, now, intent);
}

/** The worst status of the alarms on an entity (its inventory icon colour); green when none. */
export function entityAlarmStatus(board: AlarmBoard, entityId: string): AlarmStatus {
  return board.alarms
    .filter((a) => a.entity.id === entityId)
    .reduce<AlarmStatus>((worst, a) => (RANK[a.status] > RANK[worst] ? a.status : worst), 'green');
}

function matches(alarm: TriggeredAlarm, name: string, entityId: string): boolean {
  return alarm.name === name && alarm.entity.id === entityId;
}

// Message as vCenter words AlarmStatusChangedEvent: "Alarm '<name>' on <entity> changed from Green to Red" [U].
function statusChanged(now: TwinTime, name: string, entity: EntityRef, from: AlarmStatus, to: AlarmStatus): EventDraft {
  return {
    time: now,
    severity: SEVERITY[to],
    typeId: 'vim.event.AlarmStatusChangedEvent',
    message: `Alarm '${name}' on ${entity.name} changed from ${LABEL[from]} to ${LABEL[to]}`,
    objects: [entity],
  };
}

/**
 * The default vSphere alarms HA drives (names from vsan-ha.md §3 Events and alarms). Colours are twin choices [U]:
 * red for a failed or unreachable host and a failed failover, yellow while a failover is in progress.
 */
import type { AlarmIntent } from '../tasks/alarms';
import type { EntityRef } from '../tasks/entity';

/** Default alarm names. */
export const HA_ALARMS = {
  hostStatus: 'vSphere HA host status',
  hostConnection: 'Host connection and power state',
  failoverFailed: 'vSphere HA virtual machine failover failed',
  failoverInitiated: 'vSphere HA initiated a failover action',
} as const;

/** Triggers an alarm red on an entity. */
export function raise(name: string, entity: EntityRef, status: 'yellow' | 'red' = 'red'): AlarmIntent {
  return { type: 'triggerAlarm', name, entity, status };
}

/** Clears an alarm on an entity. */
export function clear(name: string, entity: EntityRef): AlarmIntent {
  return { type: 'clearAlarm', name, entity };
}

import type { DrillFault, PreflightObject } from '@harborview/contracts/drills';

import type { HarborView } from '../engine/queries/harbor';
import type { TwinState } from '../engine/state';
import type { TwinEvent } from '../tasks/events';
import { COMPONENT_STATE_LABELS } from '../vsan/state-labels';

import { DRILL_ENTRY } from './drill-entries';
import type { ObjectStanding } from './drill-watch';
import type { ObservedEntry } from './observation';
import { laneOf } from './timeline-lanes';

/** An object the drill follows on its timeline (the preflight's list). */
export type WatchedObject = Pick<PreflightObject, 'objectUuid' | 'name' | 'kind'>;

/** What the real registry should be doing for a state (the BFF's reconciler acts on the same answer). */
export interface RegistryStanding {
  running: boolean;
  /** "vsanvol1@vsanDatastore" or the folder on the VM's disk. */
  where: string;
  stopReason: string;
}

/** What the fold needs besides the states: the fault, the VM, the objects to follow, the registry's standing. */
export interface ObserveContext {
  fault: DrillFault;
  vmId: string;
  watched: readonly WatchedObject[];
  registryOf: (s: TwinState, harbor: HarborView) => RegistryStanding;
}

// The Physical Placement's words, declared once with the console's badges; keyed by the states an object counts away.
const STATE_LABELS: Readonly<Record<string, string>> = COMPONENT_STATE_LABELS;
const HARBOR_REF = { type: 'Harbor' as const, id: 'harbor', name: 'Harbor' };

/** A twin event on its lane. */
export function eventEntry(e: TwinEvent): ObservedEntry {
  const { time, severity, typeId, message, objects } = e;
  return { time, lane: laneOf(e), severity, typeId, message, objects };
}

/** What changes about an object that is worth a line: access, data, health and components away. */
export function standingKey(o: ObjectStanding): string {
  return JSON.stringify([o.accessible, o.dataLost, o.health, o.away]);
}

/** "vsanvol1@vsanDatastore: Reduced availability with no rebuild - delay timer (1 of 3 components Absent)". */
export function objectEntry(
  t: number,
  w: WatchedObject,
  o: ObjectStanding,
  vm: { id: string; name: string },
): ObservedEntry {
  const away = Object.entries(o.away)
    .map(([state, n]) => `${n} of ${o.components} components ${STATE_LABELS[state] ?? state}`)
    .join(', ');
  const access = o.dataLost ? ', data lost' : o.accessible ? '' : ', inaccessible';
  const isVolume = w.kind === 'volume';
  return {
    time: t,
    lane: isVolume ? 'volume' : 'vsan',
    severity: !o.accessible || o.dataLost ? 'error' : o.health === 'healthy' ? 'info' : 'warning',
    typeId: DRILL_ENTRY.objectState,
    message: `${w.name}: ${o.healthLabel}${away ? ` (${away})` : ''}${access}`,
    objects: [
      isVolume
        ? { type: 'DockerVolume', id: w.name, name: w.name }
        : { type: 'VirtualMachine', id: vm.id, name: vm.name },
    ],
  };
}

/** "Harbor is healthy again: 6 of 6 services running", "… stays healthy …" at the fault, or what is down. */
export function harborEntry(t: number, view: HarborView, atFault: boolean): ObservedEntry {
  const up = view.services.filter((svc) => svc.healthy).length;
  const down = view.services.filter((svc) => !svc.healthy).map((svc) => svc.name);
  const healthy = view.status === 'healthy';
  const message = healthy
    ? `Harbor ${atFault ? 'stays healthy' : 'is healthy again'}: ${up} of ${view.services.length} services running`
    : `Harbor is unhealthy: ${down.length ? `${down.join(', ')} down` : 'its health check fails'}`;
  return {
    time: t,
    lane: 'harbor',
    severity: healthy ? 'info' : 'error',
    typeId: healthy ? DRILL_ENTRY.harborHealthy : DRILL_ENTRY.harborUnhealthy,
    message,
    objects: [HARBOR_REF],
  };
}

/** "registry started on vsanvol1@vsanDatastore" or "registry process killed (power loss)". */
export function registryEntry(t: number, registry: RegistryStanding): ObservedEntry {
  return {
    time: t,
    lane: 'registry',
    severity: registry.running ? 'info' : 'error',
    typeId: registry.running ? DRILL_ENTRY.registryStarted : DRILL_ENTRY.registryStopped,
    message: registry.running
      ? `registry started on ${registry.where}`
      : `registry process killed (${registry.stopReason})`,
    objects: [HARBOR_REF],
  };
}

/** The resync after the fault was put right is done. */
export function resyncedEntry(t: number): ObservedEntry {
  return {
    time: t,
    lane: 'vsan',
    severity: 'info',
    typeId: DRILL_ENTRY.resynced,
    message: 'every component is Active again: the resync is done',
    objects: [],
  };
}

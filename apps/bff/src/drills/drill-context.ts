import path from 'node:path';

import type { DrillPreflight, DrillReport } from '@harborview/contracts/drills';
import { drillObjectRefs } from '@harborview/twin/engine/preflight-objects';
import type { HarborView } from '@harborview/twin/engine/queries/harbor';
import { volumeView } from '@harborview/twin/engine/queries/volumes';
import type { TwinState } from '@harborview/twin/engine/state';

import { desiredRegistry } from '../backend/twin-harbor';
import type { HarborDataLayout } from '../backend/twin-harbor';

import type { DrillRecord } from './drill-types';
import type { ObserveContext, RegistryStanding, WatchedObject } from './observe-entries';

/** The objects a drill follows: those its preflight assessed. */
export function watchedOf(preflight: DrillPreflight): WatchedObject[] {
  return preflight.objects.map(({ objectUuid, name, kind }) => ({ objectUuid, name, kind }));
}

/** Harbor's VM objects and volumes, for the topology view when no drill is chosen. */
export function harborWatched(s: TwinState): WatchedObject[] {
  return drillObjectRefs(s)
    .filter((ref) => ref.kind !== 'volume' || ref.usedBy.length > 0)
    .map(({ objectUuid, name, kind }) => ({ objectUuid, name, kind }));
}

/** The fold's context for a stored drill. */
export function contextOf(record: DrillRecord, registryOf: ObserveContext['registryOf']): ObserveContext {
  return { fault: record.fault, vmId: record.vmId, watched: watchedOf(record.preflight), registryOf };
}

/**
 * What the real registry should be doing in a state, in the drill's words: where it runs (the volume, or the folder
 * on the VM's disk relative to DATA_DIR) and why it was stopped.
 */
export function registryStandingFor(layout: HarborDataLayout): (s: TwinState, view: HarborView) => RegistryStanding {
  return (s, view) => {
    const desired = desiredRegistry(s, layout, view);
    const vm = s.topology.vms.find((v) => v.id === s.harbor.vmId);
    const where = desired.volume ?? path.relative(layout.root, desired.storageRoot);
    const stopReason =
      vm?.power !== 'poweredOn'
        ? 'power loss'
        : desired.volume
          ? `${desired.volume} is not usable`
          : 'the container stopped';
    return { running: desired.running, where, stopReason };
  };
}

/** Each named volume's policy (name and content) and where its components are, with their state. */
export function volumePlacement(s: TwinState, names: readonly string[]): DrillReport['volumes'] {
  return names.flatMap((name) => {
    const v = volumeView(s, name);
    if (v === undefined) return [];
    const policy = v.object.policyName;
    const stored = s.policies.store.find((p) => p.name === policy);
    return [
      {
        name: v.fullName,
        policy,
        policyContent: stored?.content ?? s.policies.defaultPolicy.content,
        placement: v.object.components.map((c) => ({
          type: c.type,
          hostId: c.hostId,
          hostName: c.hostName,
          state: c.state,
        })),
      },
    ];
  });
}

import path from 'node:path';

import type { ObserveContext, RegistryStanding } from '@harborview/twin/drill';
import { watchedOf } from '@harborview/twin/drill';
import type { TwinState } from '@harborview/twin/engine';
import type { HarborView } from '@harborview/twin/queries';

import type { HarborDataLayout } from '../backend/twin-harbor';
import { desiredRegistry } from '../backend/twin-harbor';

import type { DrillRecord } from './drill-types';

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

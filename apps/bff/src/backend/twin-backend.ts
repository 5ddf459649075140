import type { ConsoleBackend } from './backend';
import type { TwinClockDeps } from './twin-clock-backend';
import { createTwinClock } from './twin-clock-backend';
import type { TwinRuntime } from './twin-command';
import type { TwinHarborDeps } from './twin-harbor-backend';
import { createTwinHarbor } from './twin-harbor-backend';
import { createTwinInventory } from './twin-inventory-backend';
import { createTwinPolicies } from './twin-policy-backend';
import { createTwinSetup } from './twin-setup-backend';
import { createTwinVolumes } from './twin-volume-backend';
import { createTwinVsan } from './twin-vsan-backend';

export interface TwinBackendDeps extends TwinHarborDeps, TwinClockDeps {
  runtime: TwinRuntime;
}

/** The embedded default backend: the deterministic twin behind the command log, plus Harbor's real registry. */
export function createTwinBackend(deps: TwinBackendDeps): ConsoleBackend {
  const { runtime } = deps;
  return {
    kind: 'twin',
    ...createTwinInventory(runtime),
    ...createTwinVsan(runtime),
    ...createTwinPolicies(runtime),
    ...createTwinVolumes(runtime),
    ...createTwinHarbor(runtime, deps),
    ...createTwinSetup(runtime),
    ...createTwinClock(runtime, deps),
  };
}

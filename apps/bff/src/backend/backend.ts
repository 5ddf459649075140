import type { BackendKind } from '@harborview/contracts/health';

import type { ClockBackend } from './clock-backend';
import type { HarborBackend } from './harbor-backend';
import type { InventoryBackend } from './inventory-backend';
import type { PolicyBackend } from './policy-backend';
import type { SetupBackend } from './setup-backend';
import type { VolumeBackend } from './volume-backend';
import type { VsanBackend } from './vsan-backend';

// Routes and the drill service name the caller through this module.
export type { Caller } from './caller';

/**
 * What the console needs from "the system", one interface per area: the embedded twin implements it today;
 * connectors to a real vCenter, Docker host and Harbor implement the same areas later. Async so those fit without
 * change. Refusals throw AppError with the real tool's message (vDVS messages verbatim).
 *
 * Two more areas sit beside it in `AppDeps`, optional because only a backend that keeps a command log has them:
 * failover drills (`deps.drills`, `DrillApi` in drills/drill-service.ts) and the runbook (`deps.commandLog`).
 */
export interface ConsoleBackend
  extends InventoryBackend, VsanBackend, PolicyBackend, VolumeBackend, HarborBackend, SetupBackend, ClockBackend {
  readonly kind: BackendKind;
}

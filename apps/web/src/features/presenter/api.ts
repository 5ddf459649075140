import type { Drill, DrillFault, DrillPreflight } from '@harborview/contracts/drills';
import type { ComposeMapping, ComposePreview } from '@harborview/contracts/harbor';

import { callApi } from '../../shared/lib/api-client';
import { advanceClock as advanceClockWith, createDrill, fetchPreflight, setClock } from '../failover/api';
import { setHa } from '../vsan/api';
import { previewCompose as previewComposeWith, sendAttach } from '../wizard-attach/api';
import { createVolume as createVolumeWith } from '../wizard-volume/api';

// The walkthrough's calls in the shapes its beats use. Each route has one client: the slice that owns it sends it,
// and these only shape the arguments. Only the twin reset and the image push are the presenter's own.
export { fetchDrill } from '../failover/api';
export { fetchHarbor } from '../harbor/api';
export { fetchVm } from '../objects/api';
export { createPolicy } from '../wizard-policy/api';

/** `POST /api/twin/reset` then pause the clock, so nothing moves until a beat moves it. */
export async function freshTwin(): Promise<void> {
  await callApi('twin.reset', { body: {} });
  await setClock({ paused: true });
}

export function advanceClock(seconds: number): Promise<unknown> {
  return advanceClockWith({ seconds });
}

export function createVolume(name: string, opts: Record<string, string>): Promise<unknown> {
  return createVolumeWith({ name, opts });
}

export function previewCompose(mappings: readonly ComposeMapping[]): Promise<ComposePreview> {
  return previewComposeWith({ mappings: [...mappings] });
}

export function attachHarbor(mappings: readonly ComposeMapping[]): Promise<unknown> {
  return sendAttach({ mappings: [...mappings] });
}

/** `POST /api/harbor/images`: small real OCI images pushed into the registry. */
export function pushImages(count: number): Promise<unknown> {
  return callApi('harbor.pushImages', { body: { count } });
}

export function enableHa(): Promise<unknown> {
  return setHa({ enabled: true });
}

export function preflight(fault: DrillFault): Promise<DrillPreflight> {
  return fetchPreflight(fault);
}

export function startDrill(fault: DrillFault, confirm: string[] | undefined): Promise<Drill> {
  return createDrill({ fault, ...(confirm ? { confirm } : {}) });
}

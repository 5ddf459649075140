import { ClockSchema } from '@harborview/contracts/clock';
import { DrillPreflightSchema, DrillSchema } from '@harborview/contracts/drills';
import type { Drill, DrillFault, DrillPreflight } from '@harborview/contracts/drills';
import { ComposePreviewSchema, HarborImageListSchema, HarborSchema } from '@harborview/contracts/harbor';
import type { ComposeMapping, ComposePreview, Harbor } from '@harborview/contracts/harbor';
import { VmSchema } from '@harborview/contracts/inventory';
import type { Vm } from '@harborview/contracts/inventory';
import { PolicySchema } from '@harborview/contracts/policies';
import { API_ROUTES } from '@harborview/contracts/routes';
import { TaskSchema } from '@harborview/contracts/tasks';
import { VolumeSchema } from '@harborview/contracts/volumes';

import { request } from '../../shared/lib/http';

// The walkthrough's calls that no console page makes in this shape; the rest come from the slices that own them.
const send = (method: 'POST' | 'PUT', body: unknown): RequestInit => ({ method, body: JSON.stringify(body) });

/** `POST /api/twin/reset` then pause the clock, so nothing moves until a beat moves it. */
export async function freshTwin(): Promise<void> {
  await request(ClockSchema, API_ROUTES.twinReset, send('POST', {}));
  await request(ClockSchema, API_ROUTES.twinClock, send('PUT', { paused: true }));
}

export function advanceClock(seconds: number): Promise<unknown> {
  return request(ClockSchema, API_ROUTES.twinClockAdvance, send('POST', { seconds }));
}

export function createPolicy(name: string, content: string): Promise<unknown> {
  return request(PolicySchema, API_ROUTES.policies, send('POST', { name, content }));
}

export function createVolume(name: string, opts: Record<string, string>): Promise<unknown> {
  return request(VolumeSchema, API_ROUTES.volumes, send('POST', { name, opts }));
}

export function previewCompose(mappings: readonly ComposeMapping[]): Promise<ComposePreview> {
  return request(ComposePreviewSchema, API_ROUTES.harborComposePreview, send('POST', { mappings }));
}

export function attachHarbor(mappings: readonly ComposeMapping[]): Promise<unknown> {
  return request(TaskSchema, API_ROUTES.harborAttach, send('POST', { mappings }));
}

export function pushImages(count: number): Promise<unknown> {
  return request(HarborImageListSchema, API_ROUTES.harborImages, send('POST', { count }));
}

export function enableHa(): Promise<unknown> {
  return request(TaskSchema, API_ROUTES.clusterHa, send('PUT', { enabled: true }));
}

export function fetchHarbor(): Promise<Harbor> {
  return request(HarborSchema, API_ROUTES.harbor);
}

export function fetchVm(id: string): Promise<Vm> {
  return request(VmSchema, API_ROUTES.vm(id));
}

export function fetchDrill(id: string): Promise<Drill> {
  return request(DrillSchema, API_ROUTES.drill(id));
}

export function preflight(fault: DrillFault): Promise<DrillPreflight> {
  return request(DrillPreflightSchema, API_ROUTES.drillPreflight, send('POST', { fault }));
}

export function startDrill(fault: DrillFault, confirm: string[] | undefined): Promise<Drill> {
  return request(DrillSchema, API_ROUTES.drills, send('POST', { fault, ...(confirm ? { confirm } : {}) }));
}

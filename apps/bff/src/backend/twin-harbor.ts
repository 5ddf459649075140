import path from 'node:path';

import type { Harbor } from '@harborview/contracts/harbor';
import type { TwinState } from '@harborview/twin/engine';
import type { HarborView } from '@harborview/twin/queries';
import { harborView, volumeView } from '@harborview/twin/queries';

import type { DesiredRegistry } from '../harbor-runtime/registry-reconciler';

/** Where the real bytes behind twin storage live under DATA_DIR. */
export interface HarborDataLayout {
  root: string;
}

// The registry's storage inside its container (harbor.md §1: rootdirectory /storage).
const STORAGE_TARGET = '/storage';

/** The real folder behind a bind source on a VM's disk, e.g. /data/registry on the Harbor VM's Hard disk 1. */
export function vmDiskFolder(layout: HarborDataLayout, vmId: string, source: string): string {
  const safe = path.posix.normalize(`/${source}`).replace(/^\/+/, '');
  return path.join(layout.root, 'vm-disks', vmId, safe);
}

/** The real folder behind a vDVS volume (its VMDK's filesystem). */
export function volumeFolder(layout: HarborDataLayout, fullName: string): string {
  return path.join(layout.root, 'volumes', fullName.replace(/[^A-Za-z0-9_.@=-]/g, '_'));
}

// Restarting because the real process died (containerExited): still wanted, since the registry supervisor restarts
// that process itself and the reconciler must not cancel the restart it has pending.
function awaitsProcessRestart(s: TwinState): boolean {
  const c = s.harbor.state.containers.find((x) => x.service === 'registry');
  return c?.status === 'restarting' && c.nextRestartAt === null && c.pendingStartAt === null;
}

/** What is mounted at the registry's /storage and what the twin says about it. */
export function desiredRegistry(
  s: TwinState,
  layout: HarborDataLayout,
  view: HarborView = harborView(s),
): DesiredRegistry & { volume: string | null } {
  const registry = view.services.find((svc) => svc.name === 'registry');
  const mount = registry?.mounts.find((m) => m.target === STORAGE_TARGET);
  const running = registry?.state === 'running' || awaitsProcessRestart(s);
  if (!mount || mount.kind === 'bind' || !mount.volume) {
    const source = mount?.source ?? '/data/registry';
    return { running, storageRoot: vmDiskFolder(layout, view.vmId, source), dataLost: false, volume: null };
  }
  const volume = volumeView(s, mount.volume);
  return {
    running: running && (mount.accessible ?? false),
    storageRoot: volumeFolder(layout, volume?.fullName ?? mount.volume),
    dataLost: volume?.object.dataLost ?? false,
    volume: volume?.fullName ?? mount.volume,
  };
}

export interface RegistryFacts {
  url: string | null;
  process: Harbor['registry']['process'];
  detail: string | null;
}

/**
 * `GET /api/harbor`: the twin's view of Harbor plus the real registry process behind it. The view's own fields are
 * the contract's types; its extras (VM name, version, compose text, why unreachable) stay out, and the fields are
 * written in the contract's order, which twin-harbor.test.ts checks against the schema's parse.
 */
export function readHarbor(s: TwinState, layout: HarborDataLayout, registry: RegistryFacts): Harbor {
  const view = harborView(s);
  const desired = desiredRegistry(s, layout, view);
  return {
    status: view.status,
    healthApi: view.healthApi,
    healthEndpoint: view.healthEndpoint,
    components: view.components,
    services: view.services,
    vmId: view.vmId,
    layout: view.layout,
    registry: {
      url: registry.url,
      process: registry.process,
      storageRoot: desired.storageRoot,
      detail: registry.detail,
    },
    findings: view.findings,
  };
}

/** Volumes attached to a VM other than Harbor's: the rewriter refuses to map them (attach is exclusive, vdvs.md §7). */
export function volumesInUseElsewhere(s: TwinState): { volume: string; attachedTo: string }[] {
  const harborVm = s.topology.vms.find((vm) => vm.id === s.harbor.vmId);
  return s.volumes.flatMap((v) => {
    const owner = v.attachment && s.topology.vms.find((vm) => vm.uuid === v.attachment?.vmUuid);
    if (!v.attachment || !owner || owner.id === harborVm?.id) return [];
    return [{ volume: v.name, attachedTo: owner.name }];
  });
}

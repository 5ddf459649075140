import type { Clock } from '@harborview/contracts/clock';
import type { ClusterSummary, ResyncSummary } from '@harborview/contracts/cluster';
import type { BrowseEntry } from '@harborview/contracts/datastore-browse';
import type { TwinEvent } from '@harborview/contracts/events';
import type { Harbor, HarborImage } from '@harborview/contracts/harbor';
import type { Host, Vm } from '@harborview/contracts/inventory';
import type { Policy } from '@harborview/contracts/policies';
import type { Volume } from '@harborview/contracts/volumes';
import type { VsanObjectRow } from '@harborview/contracts/vsan';

import { vmFixture, walkthroughHosts } from './fixtures';
import { clockFixture, eventsFixture, harborFixture, imagesFixture } from './harbor-fixtures';
import { browseFixture, policiesFixture, volumeFixture } from './vdvs-fixtures';
import { clusterSummaryFixture, idleResyncFixture, walkthroughObjects, withComponentCounts } from './vsan-fixtures';

/** Everything the MSW handlers answer from: one consistent walkthrough state, typed by the contracts. */
export interface WalkthroughState {
  hosts: Host[];
  vms: Vm[];
  cluster: ClusterSummary;
  resync: ResyncSummary;
  objects: VsanObjectRow[];
  volumes: Volume[];
  policies: Policy[];
  harbor: Harbor;
  images: HarborImage[];
  events: TwinEvent[];
  clock: Clock;
  browse: Record<string, BrowseEntry[]>;
}

/** 3 hosts, photon-harbor on .130 running Harbor 0.4.1 on vsanvol1/2/3; vsanvol3 uses the two-stripe policy. */
export function walkthroughState(): WalkthroughState {
  const objects = walkthroughObjects(walkthroughHosts());
  const hosts = withComponentCounts(walkthroughHosts(), objects);
  const volumes = objects.filter((o) => o.owner?.kind === 'volume').map((o) => volumeFixture(o));
  const vm = vmFixture();
  const volumeDisks = volumes.map((v, i) => ({
    label: `Hard disk ${i + 2}`,
    capacityBytes: v.capacityBytes,
    vmdkPath: `[vsanDatastore] dockvols/_DEFAULT/${v.name}.vmdk`,
    volumeName: v.name,
    controller: 'SCSI controller 1',
    unitNumber: i,
  }));
  return {
    hosts,
    vms: [{ ...vm, disks: [...vm.disks, ...volumeDisks] }],
    cluster: clusterSummaryFixture(hosts, objects),
    resync: idleResyncFixture,
    objects,
    volumes,
    policies: policiesFixture(volumes),
    harbor: harborFixture(),
    images: imagesFixture,
    events: eventsFixture,
    clock: clockFixture,
    browse: browseFixture(volumes),
  };
}

function markAbsent(object: VsanObjectRow, hostId: string): VsanObjectRow {
  if (!object.components.some((c) => c.hostId === hostId)) return object;
  return {
    ...object,
    health: 'reducedavailabilitywithnorebuilddelaytimer',
    healthLabel: 'Reduced availability with no rebuild - delay timer',
    compliance: 'Noncompliant',
    // vSAN leaves capacityDiskInfo unset for an absent component (vsphere-client-ui.md, Virtual Objects).
    components: object.components.map((c) =>
      c.hostId === hostId ? { ...c, state: 'ABSENT' as const, capacityDisk: '' } : c,
    ),
  };
}

/** The state after a host is powered off: it is Not Responding and every component it held is ABSENT. */
export function withHostDown(state: WalkthroughState, hostId: string): WalkthroughState {
  const objects = state.objects.map((o) => markAbsent(o, hostId));
  const hosts = withComponentCounts(
    state.hosts.map((h) =>
      h.id === hostId
        ? { ...h, powerState: 'poweredOff' as const, connectionState: 'notResponding' as const, haState: 'Unreachable' }
        : h,
    ),
    objects,
  );
  const byUuid = new Map(objects.map((o) => [o.uuid, o]));
  const volumes = state.volumes.map((v) => {
    const updated = byUuid.get(v.object.uuid);
    if (!updated) return v;
    const { owner: _owner, ...object } = updated;
    return { ...v, object };
  });
  const waiting = objects.filter((o) => o.health === 'reducedavailabilitywithnorebuilddelaytimer').length;
  const cluster = clusterSummaryFixture(hosts, objects);
  return {
    ...state,
    hosts,
    objects,
    volumes,
    cluster: {
      ...cluster,
      repairTimer: {
        delaySeconds: 3600,
        objectsWaiting: waiting,
        nextExpiryAt: '2024-05-01T11:00:00.000Z',
        outcome: 'no spare fault domain: components stay Absent',
      },
    },
  };
}

/** The walkthrough plus `count` generated volumes (vol00001…), for the virtualized Volumes table. */
export function withManyVolumes(state: WalkthroughState, count: number): WalkthroughState {
  const template = state.volumes[0];
  if (!template) return state;
  const generated = Array.from({ length: count }, (_, i): Volume => {
    const name = `vol${String(i + 1).padStart(5, '0')}`;
    return { ...template, name, fullName: `${name}@vsanDatastore`, status: 'detached', attachedTo: null };
  });
  return { ...state, volumes: [...state.volumes, ...generated] };
}

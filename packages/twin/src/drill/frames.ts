import type { DrillFrame } from '@harborview/contracts/drills';

import { harborView } from '../engine/queries/harbor';
import { isoAt } from '../engine/queries/time';
import type { TwinState } from '../engine/state';

import type { WatchedObject } from './observe-entries';
import { secondsBetween } from './timeline';

/** Which drill a frame belongs to: its fault instant and the objects whose components are drawn. */
export interface FrameContext {
  vmId: string;
  faultAt: number | null;
  watched: readonly WatchedObject[];
  timelineCount: number;
}

/**
 * The topology view at one instant: every host with its disks and the watched objects' components on them, the
 * VM and Harbor's services. Only the watched objects are drawn, so a 10,000-volume cluster stays a small frame.
 */
export function frameOf(s: TwinState, ctx: FrameContext): DrillFrame {
  const names = new Map(ctx.watched.map((w) => [w.objectUuid, w.name]));
  const byDisk = new Map<string, DrillFrame['hosts'][number]['disks'][number]['components']>();
  for (const o of s.vsan.objects) {
    const name = names.get(o.uuid);
    if (name === undefined) continue;
    for (const c of o.components) {
      const list = byDisk.get(c.capacityDisk.diskId) ?? [];
      list.push({ uuid: c.uuid, object: name, type: c.type, state: c.state });
      byDisk.set(c.capacityDisk.diskId, list);
    }
  }
  const vm = s.topology.vms.find((v) => v.id === ctx.vmId);
  return {
    time: isoAt(s, s.clock.now),
    tSeconds: secondsBetween(ctx.faultAt ?? s.clock.now, s.clock.now),
    timelineCount: ctx.timelineCount,
    hosts: s.topology.hosts.map((h) => ({
      id: h.id,
      name: h.name,
      powerState: h.power,
      connectionState: h.connection,
      haState: h.haState,
      disks: h.diskGroups.flatMap((g) => [
        { id: g.cacheDisk.id, role: 'cache' as const, failed: g.cacheDisk.failed, components: [] },
        ...g.capacityDisks.map((d) => ({
          id: d.id,
          role: 'capacity' as const,
          failed: d.failed,
          components: byDisk.get(d.id) ?? [],
        })),
      ]),
    })),
    vm: {
      id: vm?.id ?? ctx.vmId,
      name: vm?.name ?? ctx.vmId,
      hostId: vm?.hostId ?? '',
      powerState: vm?.power ?? 'poweredOff',
    },
    harbor: harborView(s).services.map((svc) => ({ name: svc.name, state: svc.state, healthy: svc.healthy })),
  };
}

/** Whether two frames draw the same picture (time and timeline position aside): replay keeps only changes. */
export function sameFrame(a: DrillFrame, b: DrillFrame): boolean {
  const picture = ({ time: _t, tSeconds: _s, timelineCount: _c, ...rest }: DrillFrame): string => JSON.stringify(rest);
  return picture(a) === picture(b);
}

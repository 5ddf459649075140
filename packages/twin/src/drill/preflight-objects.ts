/**
 * How one vSAN object fares under a drill's fault, from its real placement and its policy: components and votes the
 * fault takes out, whether it stays accessible (vsan-ha.md §1 Quorum and votes: >50% of the votes and an intact copy),
 * whether its data is merely unreachable or gone (a DEGRADED only copy, §2 Absent vs Degraded), and why, in words.
 */
import type { PreflightObject } from '@harborview/contracts/drills';

import { harborVm } from '../engine/harbor-bridge';
import { objectView } from '../engine/queries/objects';
import type { TwinState } from '../engine/state';
import { findVolume, fullNameOf } from '../engine/volume-view';
import { OBJECTS } from '../engine/vsan-view';
import { vsanObjectUuid } from '../vdvs/vmdk-descriptor';
import { countVotes, isAccessible } from '../vsan/quorum';
import type { VsanComponent, VsanObject } from '../vsan/types';

/** An object worth assessing, named as the console names it; `usedBy`: Harbor services that mount it (volumes only). */
export type DrillObjectRef = Pick<PreflightObject, 'objectUuid' | 'name' | 'kind' | 'usedBy'>;

/** Harbor's services that mount each volume, by `name@datastore`. */
export function harborVolumeUsers(s: TwinState): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const svc of s.harbor.state.layout.services) {
    for (const m of svc.mounts) {
      const v = m.type === 'volume' ? findVolume(s, m.source) : undefined;
      if (v === undefined) continue;
      const name = fullNameOf(v);
      users.set(name, [...(users.get(name) ?? []), svc.name]);
    }
  }
  return users;
}

/** The Harbor VM's home, swap and non-volume disks, then every volume (Harbor's first), in a stable order. */
export function drillObjectRefs(s: TwinState): DrillObjectRef[] {
  const vm = harborVm(s);
  const users = harborVolumeUsers(s);
  const refs: DrillObjectRef[] = [];
  if (vm) {
    refs.push({ objectUuid: vm.namespaceObjectUuid, name: `${vm.name} VM home`, kind: 'vm-home', usedBy: [] });
    for (const d of vm.disks.filter((disk) => disk.volumeName === null)) {
      refs.push({ objectUuid: d.objectUuid, name: `${vm.name} ${d.label}`, kind: 'vm-disk', usedBy: [] });
    }
    if (vm.swapObjectUuid !== null) {
      refs.push({ objectUuid: vm.swapObjectUuid, name: `${vm.name} swap`, kind: 'vm-swap', usedBy: [] });
    }
  }
  const volumes = s.volumes.map((v) => ({
    objectUuid: vsanObjectUuid(v),
    name: fullNameOf(v),
    kind: 'volume' as const,
    usedBy: users.get(fullNameOf(v)) ?? [],
  }));
  const harborFirst = (a: DrillObjectRef, b: DrillObjectRef): number =>
    Number(b.usedBy.length > 0) - Number(a.usedBy.length > 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return [...refs, ...volumes.sort(harborFirst)];
}

/** The policy's protection in words: "FTT=1 (RAID-1)" or "FTT=0 (no data redundancy)". */
export function protectionOf(o: VsanObject): string {
  return `FTT=${o.policy.ftt} (${o.policy.ftt === 0 ? 'no data redundancy' : o.policy.faultTolerance})`;
}

/** Where a component sits and what is wrong there: "10.162.102.130 (powered off)". */
function whereIs(s: TwinState, c: VsanComponent): string {
  const host = s.topology.hosts.find((h) => h.id === c.hostId);
  if (host === undefined) return c.hostId;
  const disk = host.diskGroups
    .flatMap((g) => [g.cacheDisk, ...g.capacityDisks])
    .find((d) => d.failed && (d.id === c.capacityDisk.diskId || d.id === c.cacheDisk.diskId));
  const why =
    host.power === 'poweredOff'
      ? 'powered off'
      : host.isolated
        ? 'isolated from the vSAN network'
        : disk
          ? `disk ${disk.name} failed`
          : c.state.toLowerCase();
  return `${host.name} (${why})`;
}

/**
 * Why an object cannot serve I/O now, or null if it can: "policy FTT=0: its only copy is on 10.162.102.130
 * (powered off)". Also used after the fault, to name what the integrity check found unavailable.
 */
export function outageReason(s: TwinState, o: VsanObject): string | null {
  const data = o.components.filter((c) => c.type === 'Component');
  const away = data.filter((c) => c.state !== 'ACTIVE');
  const places = [...new Set(away.map((c) => whereIs(s, c)))].join(', ');
  if (o.dataLost) {
    const copy = o.policy.ftt === 0 ? 'its only copy was' : 'its last intact copy was';
    return `policy ${protectionOf(o)}: ${copy} on ${places || 'a failed device'}: the data is gone for good`;
  }
  if (isAccessible(o)) return null;
  const { active, total } = countVotes(o);
  if (o.policy.ftt === 0) return `policy ${protectionOf(o)}: its only copy is on ${places}`;
  return `policy ${protectionOf(o)}: only ${active} of ${total} votes are Active; components away on ${places}`;
}

/**
 * Assesses `ref` just after the fault: `before` is the state before it, `at` the state at the fault's instant.
 * Null when the object does not exist on both sides (a swap object is deleted with its VM's power).
 */
export function assessObject(
  before: TwinState,
  at: TwinState,
  ref: DrillObjectRef,
  scope: string,
): PreflightObject | null {
  const o0 = OBJECTS.find(before.vsan.objects, ref.objectUuid);
  const o1 = OBJECTS.find(at.vsan.objects, ref.objectUuid);
  if (o0 === undefined || o1 === undefined) return null;
  const stateAfter = new Map(o1.components.map((c) => [c.uuid, c.state]));
  const lost = o0.components.filter((c) => c.state === 'ACTIVE' && stateAfter.get(c.uuid) !== 'ACTIVE');
  const votesLost = lost.reduce((n, c) => n + c.votes, 0);
  const { total } = countVotes(o0);
  const accessible = isAccessible(o1);
  const outage = outageReason(at, o1);
  const view = objectView(at, o1);
  const reason =
    outage ??
    (lost.length === 0
      ? `no component on ${scope}`
      : `${total - votesLost} of ${total} votes stay Active and a full copy remains: policy ${protectionOf(o1)}`);
  return {
    ...ref,
    policy: view.policyName,
    ftt: o1.policy.ftt,
    componentsLost: lost.length,
    componentsTotal: o0.components.length,
    votesLost,
    votesTotal: total,
    accessibleAfter: accessible,
    dataAfter: o1.dataLost ? 'lost' : accessible ? 'intact' : 'unavailable',
    healthAfter: view.health,
    reason,
  };
}

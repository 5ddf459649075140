/**
 * Why Harbor is down, in words a drill report can quote: its VM is off and HA may not restart it (vsan-ha.md §3
 * Restart behaviour: only with an accessible copy of every disk), or a volume it mounts cannot serve I/O because
 * of its policy and where its components are (§1 Quorum and votes, FTT table).
 */
import { canPowerOn } from '../engine/ha-bridge';
import { harborVm } from '../engine/harbor-bridge';
import { harborView } from '../engine/queries/harbor';
import type { TwinState } from '../engine/state';
import { findVolume } from '../engine/volume-view';
import { OBJECTS } from '../engine/vsan-view';
import { vsanObjectUuid } from '../vdvs/vmdk-descriptor';

import { harborVolumeUsers, outageReason } from './preflight-objects';

/** A volume of Harbor's whose data cannot be read now, and why. */
export interface VolumeOutage {
  name: string;
  verdict: 'lost' | 'unavailable';
  reason: string;
  usedBy: string[];
}

/** Harbor's volumes (those its services mount) that are inaccessible or lost, with the reason. */
export function harborVolumeOutages(s: TwinState): VolumeOutage[] {
  const outages: VolumeOutage[] = [];
  for (const [name, usedBy] of harborVolumeUsers(s)) {
    const v = findVolume(s, name);
    const o = v === undefined ? undefined : OBJECTS.find(s.vsan.objects, vsanObjectUuid(v));
    const reason = o === undefined ? 'its vSAN object does not exist' : outageReason(s, o);
    if (reason === null) continue;
    outages.push({ name, verdict: o?.dataLost ? 'lost' : 'unavailable', reason, usedBy });
  }
  return outages;
}

/** Every reason Harbor is not healthy now; empty when it is. */
export function whyHarborIsDown(s: TwinState): string[] {
  const view = harborView(s);
  if (view.status === 'healthy') return [];
  const vm = harborVm(s);
  const reasons: string[] = [];
  if (vm === undefined) return [`Harbor's VM ${s.harbor.vmId} does not exist`];
  if (vm.power !== 'poweredOn') {
    const allowed = canPowerOn(s, vm.id);
    reasons.push(
      !s.topology.cluster.haEnabled
        ? `${vm.name} is powered off and vSphere HA is off`
        : allowed === true
          ? `${vm.name} is powered off`
          : `vSphere HA cannot restart ${vm.name}: ${allowed}`,
    );
  }
  for (const v of harborVolumeOutages(s)) {
    reasons.push(`${v.name} ${v.verdict === 'lost' ? 'lost its data' : 'is inaccessible'}: ${v.reason}`);
  }
  if (reasons.length === 0) {
    for (const svc of view.services.filter((x) => !x.healthy)) {
      reasons.push(`${svc.name} is ${svc.state}${svc.error ? `: ${svc.error}` : ''}`);
    }
  }
  return reasons;
}

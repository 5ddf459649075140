/**
 * A failover drill's preflight: the fault applied to the state (states are immutable, so the live twin is never
 * touched) and time stepped past HA's detection, restart attempts and Harbor's start, then read back: which objects
 * stay accessible and why (vsan-ha.md §1 Quorum and votes), whether HA restarts Harbor's VM and where (§3 Timelines,
 * Restart behaviour), which Harbor services come back (harbor.md §1 restart: always), and what the repair timer does.
 * @example const r = preflightFault(state, { type: 'host-power-off', hostId: 'host-1' }); if (r.ok) r.preflight.goesDown;
 */
import type { DrillFault, DrillPreflight, PreflightObject } from '@harborview/contracts/drills';
import type { HarborService } from '@harborview/contracts/harbor';

import { canPowerOn } from '../engine/ha-bridge';
import { harborVm } from '../engine/harbor-bridge';
import { clusterSummary } from '../engine/queries/cluster';
import { harborView } from '../engine/queries/harbor';
import type { StepError } from '../engine/result';
import type { TwinState } from '../engine/state';
import { step } from '../engine/step';
import { OBJECTS } from '../engine/vsan-view';

import { describeFault, diskOf, faultCommand } from './drill-fault';
import type { DrillObjectRef } from './preflight-objects';
import { assessObject, drillObjectRefs } from './preflight-objects';

/**
 * How far past the fault the preflight looks: HA declares a host dead at T15/T35 and retries a failed restart at
 * +2 and +6 min (vsan-ha.md §3), so 10 minutes covers the first three attempts, the guest boot and Harbor's start.
 */
export const PREFLIGHT_LOOKAHEAD_SECONDS = 600;
/** Affected objects nobody depends on that are listed in full; the rest are only counted (`objectsOmitted`). */
export const PREFLIGHT_MAX_OTHER_OBJECTS = 100;

const HOST_DEAD_EVENT = 'com.vmware.vc.HA.DasHostFailedEvent';
const VM_RESTARTED_EVENT = 'com.vmware.vc.ha.VmRestartedByHAEvent';

export type PreflightOutcome = { ok: true; preflight: DrillPreflight } | { ok: false; error: StepError };

function touches(s: TwinState, ref: DrillObjectRef, fault: DrillFault): boolean {
  const o = OBJECTS.find(s.vsan.objects, ref.objectUuid);
  if (o === undefined) return false;
  if (fault.type !== 'disk-failure') return o.components.some((c) => c.hostId === fault.hostId);
  return o.components.some((c) => c.capacityDisk.diskId === fault.diskId || c.cacheDisk.diskId === fault.diskId);
}

function assessObjects(before: TwinState, at: TwinState, fault: DrillFault, scope: string) {
  const kept: PreflightObject[] = [];
  let others = 0;
  let omitted = 0;
  for (const ref of drillObjectRefs(before)) {
    const ours = ref.kind !== 'volume' || ref.usedBy.length > 0;
    // At scale most volumes have nothing on the failed host: skip them before the (costlier) assessment.
    if (!ours && !touches(before, ref, fault)) continue;
    const view = assessObject(before, at, ref, scope);
    if (view === null) continue;
    if (ours || !view.accessibleAfter) kept.push(view);
    else if (others < PREFLIGHT_MAX_OTHER_OBJECTS) {
      kept.push(view);
      others += 1;
    } else omitted += 1;
  }
  return { objects: kept, omitted };
}

function hostName(s: TwinState, hostId: string | null | undefined): string | null {
  if (hostId == null) return null;
  return s.topology.hosts.find((h) => h.id === hostId)?.name ?? hostId;
}

function serviceReason(svc: HarborService, was: HarborService | undefined, vmNote: string): string {
  if (svc.healthy) return was?.healthy ? 'keeps running' : `running again ${vmNote}`.trim();
  const blocked = svc.mounts.find((m) => m.accessible === false);
  if (blocked) return `its volume ${blocked.volume ?? blocked.source} is not usable`;
  if (svc.error) return `${svc.state}: ${svc.error}`;
  return svc.state;
}

function repairOutlook(at: TwinState, faultEvents: { typeId: string; message: string }[]): string {
  const timer = clusterSummary(at).repairTimer;
  if (timer.outcome !== null) return timer.outcome;
  const blocked = faultEvents.find((e) => e.typeId === 'com.harborview.vsan.RebuildBlocked');
  if (blocked) return blocked.message;
  if (faultEvents.some((e) => e.typeId === 'com.harborview.vsan.RebuildStarted'))
    return 'degraded components are rebuilt at once: a failed device does not wait for the repair timer';
  return 'nothing waits on the repair timer';
}

/** What `fault` would do to the state, computed on copies; a fault the twin would refuse returns its refusal. */
export function preflightFault(s: TwinState, fault: DrillFault): PreflightOutcome {
  const injected = step(s, faultCommand(fault), { initiator: 'preflight' });
  if (!injected.result.ok) return { ok: false, error: injected.result.error };
  const at = injected.state;
  const t0 = at.clock.now;
  const ahead = step(at, { type: 'advance', seconds: PREFLIGHT_LOOKAHEAD_SECONDS });
  const later = ahead.result.ok ? ahead.state : at;
  const namesHost = (objects: { id: string }[], id: string): boolean => objects.some((o) => o.id === id);

  const name = hostName(s, fault.hostId) ?? fault.hostId;
  const scope =
    fault.type === 'disk-failure'
      ? `disk ${diskOf(s, fault.hostId, fault.diskId)?.name ?? fault.diskId}`
      : `host ${name}`;
  const { objects, omitted } = assessObjects(s, at, fault, scope);

  const vm0 = harborVm(s);
  const vm1 = harborVm(later);
  const vmObjectsDown = objects.some((o) => o.kind !== 'volume' && !o.accessibleAfter);
  const affected = (fault.type !== 'disk-failure' && vm0?.hostId === fault.hostId) || vmObjectsDown;
  const moved = vm1?.power === 'poweredOn' && vm1.hostId !== vm0?.hostId ? vm1.hostId : null;
  const restartedAt = ahead.events.find((e) => e.typeId === VM_RESTARTED_EVENT && namesHost(e.objects, vm0?.id ?? ''));
  const blocked = vm1 ? canPowerOn(later, vm1.id) : 'the VM does not exist';
  const vmReason = !affected
    ? `keeps running on ${hostName(s, vm0?.hostId) ?? '?'}`
    : moved !== null
      ? `vSphere HA restarts it on ${hostName(s, moved)}${restartedAt ? ` ${restartedAt.time - t0} s after the fault` : ''}`
      : vm1?.power === 'poweredOn'
        ? `keeps running on ${hostName(s, vm1.hostId)}`
        : !s.topology.cluster.haEnabled
          ? 'vSphere HA is off: the VM stays powered off until its host is back'
          : blocked !== true
            ? `vSphere HA cannot restart it: ${blocked}`
            : `vSphere HA does not restart it within ${PREFLIGHT_LOOKAHEAD_SECONDS / 60} minutes`;

  const harborAt = harborView(at);
  const vmNote = moved !== null ? `on ${hostName(s, moved)}` : '';
  const services = harborView(later).services.map((svc) => ({
    name: svc.name,
    recovers: svc.healthy,
    reason:
      !svc.healthy && vm1?.power !== 'poweredOn'
        ? `its VM stays powered off: ${vmReason}`
        : serviceReason(
            svc,
            harborAt.services.find((x) => x.name === svc.name),
            vmNote,
          ),
  }));
  const dead = ahead.events.find((e) => e.typeId === HOST_DEAD_EVENT && namesHost(e.objects, fault.hostId));
  const goesDown = [
    ...objects.filter((o) => !o.accessibleAfter).map((o) => o.name),
    ...services.filter((svc) => !svc.recovers).map((svc) => `Harbor ${svc.name}`),
  ];
  return {
    ok: true,
    preflight: {
      fault,
      description: describeFault(s, fault),
      hostName: name,
      haEnabled: s.topology.cluster.haEnabled,
      hostIsHaPrimary: s.ha.primaryHostId === fault.hostId,
      expectedDetectionSeconds: dead ? dead.time - t0 : null,
      harborVm: {
        vmId: vm0?.id ?? s.harbor.vmId,
        name: vm0?.name ?? s.harbor.vmId,
        affected,
        restartHostId: moved,
        restartHostName: hostName(s, moved),
        reason: vmReason,
      },
      objects,
      objectsOmitted: omitted,
      services,
      goesDown,
      requiresConfirmation: goesDown.length > 0,
      repairOutlook: repairOutlook(at, injected.events),
    },
  };
}

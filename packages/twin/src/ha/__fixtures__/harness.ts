/**
 * A miniature integrator for HA tests: it owns hosts and VMs, applies HA's actions the way the twin will, and runs
 * scripted failures at exact instants while ticking in fixed steps.
 */
import type { EventDraft } from '../../tasks/events';
import type { TwinTime } from '../../tasks/time';
import { twinTime } from '../../tasks/time';
import { setHaEnabled } from '../enable';
import { createHaState } from '../ha-state';
import { onHostFailure, onHostRecovered } from '../host-faults';
import { haTick } from '../tick';
import { nextTimer } from '../timers';
import type { FaultKind, HaAction, HaHostView, HaState, HaVmView, PowerOnCheck } from '../types';

/** A scripted command at an instant. */
export type Command =
  | { at: number; type: 'fail'; hostId: string; kind: FaultKind }
  | { at: number; type: 'recover'; hostId: string };

/** Everything the harness tracks. */
export interface Sim {
  now: number;
  ha: HaState;
  hosts: HaHostView[];
  vms: HaVmView[];
  down: Set<string>;
  events: EventDraft[];
  actions: { at: TwinTime; action: HaAction }[];
}

/** A host view with 20.8 GHz and 64 GB, `reservedMb` of memory reserved. */
export function hostView(id: string, reservedMb = 0): HaHostView {
  return { id, connectedDatastores: 1, cpuCapacityMhz: 20800, memoryCapacityMb: 65536, cpuReservedMhz: 0, memoryReservedMb: reservedMb };
}

/** A running medium-priority VM without reservations. */
export function vmView(id: string, hostId: string): HaVmView {
  return { id, name: id === 'vm-1' ? 'photon-harbor' : id, hostId, powerState: 'poweredOn', restartPriority: 'medium', cpuReservationMhz: 0, memoryReservationMb: 0 };
}

/** A cluster of `hostCount` hosts with HA enabled at t=0 and settled by t=100 (primary: the highest MoID). */
export function settledSim(hostCount: number, vms: HaVmView[], check: PowerOnCheck = () => true): Sim {
  const ids = Array.from({ length: hostCount }, (_, i) => `host-${i + 1}`);
  const created = createHaState({
    cluster: { id: 'cluster-1', name: 'vSAN-Cluster', datacenterName: 'Datacenter' },
    hosts: ids.map((id, i) => ({ id, name: `10.162.102.${130 + i}` })),
  });
  const enabled = setHaEnabled(created, twinTime(0), { enabled: true, vsanEnabled: true }).state;
  const sim: Sim = { now: 0, ha: enabled, hosts: ids.map((id) => hostView(id)), vms, down: new Set(), events: [], actions: [] };
  return { ...run(sim, [], 100, 1, check), events: [], actions: [] };
}

function apply(sim: Sim, at: TwinTime, actions: HaAction[]): void {
  for (const action of actions) {
    sim.actions.push({ at, action });
    if (action.type === 'vmPoweredOn') {
      sim.vms = sim.vms.map((v) => (v.id === action.vmId ? { ...v, hostId: action.hostId, powerState: 'poweredOn' } : v));
    }
    if (action.type === 'powerOffVm') {
      sim.vms = sim.vms.map((v) => (v.id === action.vmId && v.hostId === action.hostId ? { ...v, powerState: 'poweredOff' } : v));
    }
  }
}

function command(sim: Sim, c: Command): void {
  const at = twinTime(c.at);
  if (c.type === 'fail') {
    const running = sim.vms.filter((v) => v.hostId === c.hostId && v.powerState === 'poweredOn').map((v) => v.id);
    const r = onHostFailure(sim.ha, at, { hostId: c.hostId, kind: c.kind, runningVmIds: running });
    sim.ha = r.state;
    sim.down.add(c.hostId);
    sim.events.push(...r.events);
    apply(sim, at, r.actions);
    // A crash takes its VMs down at once; an isolated host keeps running them.
    if (c.kind === 'hostFailure') sim.vms = sim.vms.map((v) => (v.hostId === c.hostId ? { ...v, powerState: 'poweredOff' } : v));
    return;
  }
  const r = onHostRecovered(sim.ha, at, { hostId: c.hostId });
  sim.ha = r.state;
  sim.down.delete(c.hostId);
  sim.events.push(...r.events);
  apply(sim, at, r.actions);
}

function tick(sim: Sim, t: number, check: PowerOnCheck): void {
  const r = haTick(sim.ha, { hosts: sim.hosts, vms: sim.vms, canPowerOnOn: check }, twinTime(t));
  sim.ha = r.state;
  sim.events.push(...r.events);
  apply(sim, twinTime(t), r.actions);
}

// Fires every deadline strictly before `t`, each at its own instant, leaving those at `t` for after the commands.
function tickBefore(sim: Sim, t: number, check: PowerOnCheck): void {
  for (;;) {
    const next = nextTimer(sim.ha, { hosts: sim.hosts, vms: sim.vms, canPowerOnOn: check });
    if (next === null || next.at >= t) return;
    tick(sim, next.at, check);
  }
}

/**
 * Runs the script from `sim.now` until `until`, ticking every `step` seconds (and exactly at each command). Commands
 * at an instant take effect before HA's deadlines at that instant: a host that fails at `t` is down for every action
 * at `t` (vsan-ha.md §3 Restart behaviour: HA powers VMs on on healthy hosts only).
 */
export function run(start: Sim, script: Command[], until: number, step: number, check: PowerOnCheck = () => true): Sim {
  const sim: Sim = { ...start, down: new Set(start.down), events: [...start.events], actions: [...start.actions] };
  const pending = [...script].sort((a, b) => a.at - b.at);
  let t = sim.now;
  while (t < until) {
    const nextCommand = pending[0];
    t = Math.min(until, t + step, nextCommand?.at ?? Infinity);
    if (pending[0] !== undefined && pending[0].at <= t) tickBefore(sim, t, check);
    while (pending[0] !== undefined && pending[0].at <= t) command(sim, pending.shift() as Command);
    tick(sim, t, check);
  }
  sim.now = t;
  return sim;
}

/** The events as `[time, typeId]` pairs, the shape timeline tables compare. */
export function timeline(sim: Sim, typeIds?: string[]): [number, string][] {
  return sim.events.filter((e) => typeIds === undefined || typeIds.includes(e.typeId)).map((e) => [e.time, e.typeId]);
}

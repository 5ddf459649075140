/**
 * Work that takes twin time (host boot, VIB and plugin installs, HA power-ons): tasks running with progress, and
 * what happens when they end. HA ends its own power-ons (ha-bridge.ts); the rest end here at `completesAt`.
 */
import { onHostRecovered } from '../ha/host-faults';

import { applyHa } from './ha-bridge';
import { reprotectSwaps, updateHost, updateVm } from './inventory-ops';
import { hostEntity } from './refs';
import type { Operation } from './state';
import { hostComponentsBack } from './vsan-failures';
import { runRepairs } from './vsan-repair';
import type { Work } from './work';
import { closeTask, emit, nowOf, progressTask } from './work';

/** A host finished booting: vSAN sees its devices again, vCenter reconnects it and HA's agent rejoins. */
export function hostUp(w: Work, hostId: string): void {
  updateHost(w, hostId, (h) => ({ ...h, power: 'poweredOn', isolated: false }));
  hostComponentsBack(w, hostId);
  applyHa(w, onHostRecovered(w.s.ha, nowOf(w), { hostId }));
  reprotectSwaps(w);
  runRepairs(w, 'due');
}

function finish(w: Work, op: Operation): void {
  const host = 'hostId' in op ? w.s.topology.hosts.find((h) => h.id === op.hostId) : undefined;
  const hostDown = host === undefined || host.power !== 'poweredOn' || host.isolated;
  switch (op.kind) {
    case 'hostBoot':
      hostUp(w, op.hostId);
      emit(w, {
        time: nowOf(w),
        severity: 'info',
        typeId: 'com.harborview.host.PoweredOn',
        message: `Host ${hostEntity(w.s, op.hostId).name} booted and is back in the cluster`,
        objects: [hostEntity(w.s, op.hostId)],
      });
      closeTask(w, op.taskId);
      return;
    case 'installVib':
      if (hostDown) {
        updateHost(w, op.hostId, (h) => ({ ...h, vib: { state: 'notInstalled', version: null } }));
        closeTask(w, op.taskId, `Host ${hostEntity(w.s, op.hostId).name} is not responding`);
        return;
      }
      updateHost(w, op.hostId, (h) => ({ ...h, vib: { state: 'installed', version: op.version } }));
      closeTask(w, op.taskId);
      return;
    case 'installPlugin': {
      const vm = w.s.topology.vms.find((v) => v.id === op.vmId);
      const running = vm?.power === 'poweredOn';
      updateVm(w, op.vmId, (v) => ({
        ...v,
        dockerPlugin: running ? { state: 'installed', version: op.version } : { state: 'notInstalled', version: null },
      }));
      closeTask(w, op.taskId, running ? null : `Cannot connect to the Docker daemon on ${vm?.name ?? op.vmId}`);
      return;
    }
    case 'haPowerOn':
      return;
  }
}

/** Ends the operations due now (in start order) and moves the others' progress on. */
export function runOperations(w: Work): void {
  const t = nowOf(w);
  const due = w.s.operations.filter((op) => op.kind !== 'haPowerOn' && op.completesAt <= t);
  if (due.length > 0) {
    w.s = { ...w.s, operations: w.s.operations.filter((op) => !due.includes(op)) };
    for (const op of due) finish(w, op);
  }
  for (const op of w.s.operations) {
    const span = op.completesAt - op.startedAt;
    if (span > 0) progressTask(w, op.taskId, Math.floor(((t - op.startedAt) / span) * 100));
  }
}

/** The next operation end after now (HA power-ons excluded: HA's own timers drive them); Infinity when none. */
export function nextOperationEnd(ops: readonly Operation[], now: number): number {
  return ops.reduce(
    (next, op) => (op.kind !== 'haPowerOn' && op.completesAt > now ? Math.min(next, op.completesAt) : next),
    Infinity,
  );
}

/**
 * What happens to attached volumes when their Docker VM stops or HA restarts it elsewhere (vdvs.md §7):
 * the 0.14+ VM listener detaches on a clean power-off, a host failure leaves disks in the VM config, and the
 * 0.17+ plugin refcount recovery detaches unused ones at plugin start. Leftovers come back as findings.
 */
import type { VmStorage } from './attach';
import { detachVolume } from './attach';
import type { VdvsVolume } from './types';

/** A volume still attached with nothing using it, as data the integrator turns into a health finding. */
export interface VolumeLeftAttachedFinding {
  kind: 'vdvs-volume-left-attached';
  volume: string;
  vmName: string;
  vmUuid: string;
  cause: 'host-failure-ha-restart' | 'power-off-without-listener';
  /** Where the behaviour is documented (vdvs.md §7). */
  reference: string;
  symptoms: string[];
  fix: string;
}

/** Volume versions in play: listener (0.14+) on ESX, refcount recovery (0.17+) in the plugin. */
export interface RecoveryFeatures {
  vmListener: boolean;
  refcountRecovery: boolean;
}

/** A volume with the vmgroup folder name its path goes through. */
export interface VolumeRef {
  volume: VdvsVolume;
  vmgroupName: string;
}

const fullNameOf = (v: VdvsVolume): string => `${v.name}@${v.datastore}`;

function finding(
  v: VdvsVolume,
  vm: VmStorage,
  cause: VolumeLeftAttachedFinding['cause'],
  manualOnly: boolean,
): VolumeLeftAttachedFinding {
  const name = fullNameOf(v);
  const manual = `run and stop a container that mounts ${name} on ${vm.vmName}: the unmount detaches the disk and sets the KV status to detached.`;
  return {
    kind: 'vdvs-volume-left-attached',
    volume: name,
    vmName: vm.vmName,
    vmUuid: vm.vmUuid,
    cause,
    reference:
      cause === 'host-failure-ha-restart'
        ? 'vsphere-storage-for-docker issue #1675 (fixed 0.17, PR #1710)'
        : 'issues #515, #240, #369; VM listener PR #1168/#1218 (0.14+)',
    symptoms: [
      `docker volume inspect ${name} shows "status": "attached" to VM ${vm.vmName} with no container using it`,
      `docker volume rm ${name} fails: Failed to remove volume ${v.name}, in use by VM = ${vm.vmName}.`,
      `other Docker VMs cannot mount it: VolumeDriver.Mount: Failed to add disk '…'. disk … already attached to VM=${vm.vmName}`,
    ],
    fix: manualOnly
      ? `Refcount recovery skips volumes with no entry under /mnt/vmdk; ${manual}`
      : `Restart the vsphere plugin (0.17+) on ${vm.vmName}: at startup it detaches volumes no container uses. On older plugins, ${manual}`,
  };
}

function attachedTo(refs: readonly VolumeRef[], vm: VmStorage): VolumeRef[] {
  return refs.filter((r) => r.volume.attachment?.vmUuid === vm.vmUuid);
}

/** Replace the volumes in `all` that share name, datastore and vmgroup with `changed`. */
function merge(all: readonly VolumeRef[], changed: readonly VdvsVolume[]): VdvsVolume[] {
  return all.map(
    (r) =>
      changed.find(
        (c) => c.name === r.volume.name && c.datastore === r.volume.datastore && c.vmgroupUuid === r.volume.vmgroupUuid,
      ) ?? r.volume,
  );
}

/**
 * A clean power-off seen by hostd on a live host: the VM listener detaches every dockvols disk and marks the
 * volumes detached. Without the listener they stay attached.
 */
export function onVmPoweredOff(
  refs: readonly VolumeRef[],
  vm: VmStorage,
  features: RecoveryFeatures,
): { volumes: VdvsVolume[]; vm: VmStorage; findings: VolumeLeftAttachedFinding[] } {
  const mine = attachedTo(refs, vm);
  if (!features.vmListener) {
    return {
      volumes: refs.map((r) => r.volume),
      vm,
      findings: mine.map((r) => finding(r.volume, vm, 'power-off-without-listener', false)),
    };
  }
  let current = vm;
  const changed: VdvsVolume[] = [];
  for (const r of mine) {
    const out = detachVolume(r.volume, current, r.vmgroupName);
    current = out.vm;
    changed.push({ ...out.volume, attachment: null });
  }
  return { volumes: merge(refs, changed), vm: current, findings: [] };
}

/** After an HA restart: which volumes containers mount again, which have no /mnt/vmdk entry. */
export interface HaRestartContext {
  /** Plugin 0.17+ startup refcount recovery (PR #1710). The ESX listener is moot: it died with the host. */
  refcountRecovery: boolean;
  /** `name@ds` of volumes containers use again after the restart (restart policies). */
  volumesInUse: readonly string[];
  /** `name@ds` of attached volumes with no /mnt/vmdk entry: recovery leaves them for manual work. */
  missingMountEntries?: readonly string[];
}

/**
 * The ESX host died and HA restarted the VM on another host. The listener on the dead host never fired, so
 * the VM boots with the disks still configured and the KV still `attached` (issue #1675). With refcount
 * recovery the plugin detaches the unused ones; the rest become findings.
 */
export function afterHaRestart(
  refs: readonly VolumeRef[],
  vm: VmStorage,
  ctx: HaRestartContext,
): { volumes: VdvsVolume[]; vm: VmStorage; findings: VolumeLeftAttachedFinding[] } {
  const unused = attachedTo(refs, vm).filter((r) => !ctx.volumesInUse.includes(fullNameOf(r.volume)));
  const findings: VolumeLeftAttachedFinding[] = [];
  let current = vm;
  const changed: VdvsVolume[] = [];
  for (const r of unused) {
    const missing = ctx.missingMountEntries?.includes(fullNameOf(r.volume)) ?? false;
    if (ctx.refcountRecovery && !missing) {
      const out = detachVolume(r.volume, current, r.vmgroupName);
      current = out.vm;
      changed.push({ ...out.volume, attachment: null });
    } else {
      findings.push(finding(r.volume, vm, 'host-failure-ha-restart', ctx.refcountRecovery));
    }
  }
  return { volumes: merge(refs, changed), vm: current, findings };
}

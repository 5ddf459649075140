/**
 * The walkthrough's setup checklist: the esx-vmdkops-service VIB on every ESXi host and the vDVS plugin on the Docker
 * VM (vdvs.md §1, §5). Both are tasks that run with progress and end after a short install time [U].
 */
import { after } from '../tasks/time';

import type { CommandOf } from './commands';
import { DEFAULT_VDVS_VERSION, PLUGIN_INSTALL_DURATION, VIB_INSTALL_DURATION } from './constants';
import { updateHost, updateVm } from './inventory-ops';
import { hostEntity, vmEntity } from './refs';
import type { CommandResult } from './result';
import { done, refuse } from './result';
import { DOCKER_DAEMON_DOWN } from './volume-guards';
import type { Work } from './work';
import { nowOf, openTask, startOperation } from './work';

const VERSION = /^\d{1,3}\.\d{1,3}(\.\d{1,3})?$/;

function versionProblem(version: string | undefined): CommandResult | null {
  return version === undefined || VERSION.test(version)
    ? null
    : refuse('bad_request', `version must look like 0.21 or 0.21.2, got ${version}`);
}

/** `esxcli software vib install` of the vDVS VIB on one host. */
export function cmdInstallVib(w: Work, cmd: CommandOf<'installVib'>): CommandResult {
  const bad = versionProblem(cmd.version);
  if (bad !== null) return bad;
  const host = w.s.topology.hosts.find((h) => h.id === cmd.hostId);
  if (host === undefined) return refuse('not_found', `No host with id ${cmd.hostId}`);
  if (host.power !== 'poweredOn' || host.isolated) return refuse('conflict', `Host ${host.name} is not responding`);
  if (host.vib.state !== 'notInstalled') {
    return refuse('conflict', `VIB esx-vmdkops-service is already ${host.vib.state} on ${host.name}`);
  }
  const version = cmd.version ?? DEFAULT_VDVS_VERSION;
  const taskId = openTask(w, {
    name: 'Install VIB esx-vmdkops-service',
    target: hostEntity(w.s, host.id),
    details: `vSphere Docker Volume Service ${version}`,
  });
  updateHost(w, host.id, (h) => ({ ...h, vib: { state: 'installing', version } }));
  const completesAt = after(nowOf(w), VIB_INSTALL_DURATION);
  startOperation(w, { kind: 'installVib', taskId, hostId: host.id, version, completesAt });
  return done(taskId);
}

/** `docker plugin install --grant-all-permissions --alias vsphere vmware/vsphere-storage-for-docker` in a VM. */
export function cmdInstallPlugin(w: Work, cmd: CommandOf<'installPlugin'>): CommandResult {
  const bad = versionProblem(cmd.version);
  if (bad !== null) return bad;
  const vm = w.s.topology.vms.find((v) => v.id === cmd.vmId);
  if (vm === undefined) return refuse('not_found', `No VM with id ${cmd.vmId}`);
  if (vm.power !== 'poweredOn') return refuse('conflict', DOCKER_DAEMON_DOWN);
  if (vm.dockerPlugin.state !== 'notInstalled') {
    return refuse('conflict', 'Error response from daemon: plugin "vsphere:latest" already exists');
  }
  const version = cmd.version ?? DEFAULT_VDVS_VERSION;
  const taskId = openTask(w, {
    name: 'Install Docker plugin',
    target: vmEntity(vm),
    details: `docker plugin install --grant-all-permissions --alias vsphere vmware/vsphere-storage-for-docker:${version}`,
  });
  updateVm(w, vm.id, (v) => ({ ...v, dockerPlugin: { state: 'installing', version } }));
  const completesAt = after(nowOf(w), PLUGIN_INSTALL_DURATION);
  startOperation(w, { kind: 'installPlugin', taskId, vmId: vm.id, version, completesAt });
  return done(taskId);
}

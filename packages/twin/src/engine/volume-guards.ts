/**
 * The preconditions `docker volume …` meets before vmdk_ops is even asked: a Docker VM that runs, the vDVS plugin in
 * it, and the VIB on the host it runs on (vdvs.md §1 architecture: plugin → vSocket port 1019 → vmdk_ops on ESX).
 */
import { harborVm, vdvsReachable } from './harbor-bridge';
import type { StepError } from './result';
import type { EngineVm, TwinState } from './state';

/** Docker's message when its daemon is down (the VM is off). */
export const DOCKER_DAEMON_DOWN =
  'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';

/** The Docker VM named by id, or Harbor's when none is given. */
export function dockerVm(s: TwinState, vmId: string | undefined): EngineVm | undefined {
  return vmId === undefined ? harborVm(s) : s.topology.vms.find((v) => v.id === vmId);
}

/** Why vDVS cannot serve this VM now, or null. Messages: Docker's own for a missing plugin, the twin's otherwise. */
export function vdvsUnavailable(s: TwinState, vm: EngineVm): StepError | null {
  if (vm.power !== 'poweredOn') return { code: 'conflict', message: DOCKER_DAEMON_DOWN };
  if (vm.dockerPlugin.state !== 'installed') {
    return {
      code: 'conflict',
      message: 'Error response from daemon: error looking up volume plugin vsphere: plugin "vsphere" not found',
    };
  }
  if (!vdvsReachable(s, vm)) {
    const host = s.topology.hosts.find((h) => h.id === vm.hostId);
    const why =
      host?.isolated === true
        ? `host ${host.name} is isolated`
        : `the esx-vmdkops-service VIB is not installed on host ${host?.name ?? vm.hostId}`;
    return { code: 'conflict', message: `vSphere Docker Volume Service is not reachable from ${vm.name}: ${why}` };
  }
  return null;
}

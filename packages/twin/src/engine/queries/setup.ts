/**
 * The walkthrough's setup checklist: the vDVS VIB on every ESXi host, the plugin on the Docker VM, then HA on.
 */
import type { InstallState, TwinState } from '../state';

/** Checklist rows and whether everything is done. */
export interface SetupView {
  hosts: { hostId: string; name: string; vib: InstallState }[];
  vms: { vmId: string; name: string; plugin: InstallState }[];
  haEnabled: boolean;
  complete: boolean;
}

/** `GET /api/setup`. */
export function setupView(s: TwinState): SetupView {
  const hosts = s.topology.hosts.map((h) => ({ hostId: h.id, name: h.name, vib: h.vib }));
  const vms = s.topology.vms.map((v) => ({ vmId: v.id, name: v.name, plugin: v.dockerPlugin }));
  const complete =
    hosts.every((h) => h.vib.state === 'installed') &&
    vms.every((v) => v.plugin.state === 'installed') &&
    s.topology.cluster.haEnabled;
  return { hosts, vms, haEnabled: s.topology.cluster.haEnabled, complete };
}

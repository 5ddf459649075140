/**
 * The walkthrough's setup checklist: the vDVS VIB on every ESXi host, the plugin on the Docker VM, then HA on.
 */
import type { Setup } from '@harborview/contracts/setup';

import type { TwinState } from '../state';

/** `GET /api/setup`. */
export function setupView(s: TwinState): Setup {
  const hosts = s.topology.hosts.map((h) => ({ hostId: h.id, name: h.name, vib: h.vib }));
  const vms = s.topology.vms.map((v) => ({ vmId: v.id, name: v.name, plugin: v.dockerPlugin }));
  const complete =
    hosts.every((h) => h.vib.state === 'installed') &&
    vms.every((v) => v.plugin.state === 'installed') &&
    s.topology.cluster.haEnabled;
  return { hosts, vms, haEnabled: s.topology.cluster.haEnabled, complete };
}

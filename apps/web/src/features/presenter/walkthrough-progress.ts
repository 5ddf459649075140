import type { ClusterSummary } from '@harborview/contracts/cluster';
import type { Drill } from '@harborview/contracts/drills';
import type { ComposeMapping, Harbor, HarborImage } from '@harborview/contracts/harbor';
import type { Host } from '@harborview/contracts/inventory';
import type { Policy } from '@harborview/contracts/policies';
import type { Setup } from '@harborview/contracts/setup';
import type { Volume } from '@harborview/contracts/volumes';

import type { BeatId } from './beats';

/** The walkthrough's policy (vdvs.md §3 policy create). */
export const SW2_POLICY = { name: 'SW=2', content: '(("stripeWidth" i2))' } as const;

/** The walkthrough's volumes, in creation order (vdvs.md §1 options). */
export const WALKTHROUGH_VOLUMES: readonly { name: string; opts: Record<string, string> }[] = [
  { name: 'vsanvol1', opts: { size: '50gb' } },
  { name: 'vsanvol2', opts: { size: '20gb' } },
  { name: 'vsanvol3', opts: { size: '20gb', 'vsan-policy-name': SW2_POLICY.name } },
];

/** The compose edit: registry storage, the database and job logs onto the three volumes. */
export const WALKTHROUGH_MAPPINGS: readonly ComposeMapping[] = [
  { service: 'registry', target: '/storage', volume: 'vsanvol1' },
  { service: 'mysql', target: '/var/lib/mysql', volume: 'vsanvol2' },
  { service: 'jobservice', target: '/var/log/jobs', volume: 'vsanvol3' },
];

export const IMAGE_COUNT = 2;

/** Everything the beats read, from the live twin plus what the presenter itself produced (the diff, the drill). */
export interface PresenterSnapshot {
  hosts: readonly Host[];
  setup: Setup;
  policies: readonly Policy[];
  volumes: readonly Volume[];
  harbor: Harbor;
  images: readonly HarborImage[];
  cluster: ClusterSummary;
  drill: Drill | null;
  composeDiff: string | null;
}

/** Volumes Harbor mounts, e.g. `vsanvol1@vsanDatastore`. */
export function harborVolumes(harbor: Harbor): string[] {
  return harbor.services.flatMap((s) => s.mounts.flatMap((m) => (m.kind === 'volume' && m.volume ? [m.volume] : [])));
}

export function missingVolumes(volumes: readonly Volume[]): typeof WALKTHROUGH_VOLUMES {
  const have = new Set(volumes.map((v) => v.name));
  return WALKTHROUGH_VOLUMES.filter((v) => !have.has(v.name));
}

function pluginReady(s: PresenterSnapshot): boolean {
  const vm = s.setup.vms.find((v) => v.vmId === s.harbor.vmId) ?? s.setup.vms[0];
  return s.setup.hosts.every((h) => h.vib.state === 'installed') && vm?.plugin.state === 'installed';
}

const harborOnVolumes = (s: PresenterSnapshot): boolean => harborVolumes(s.harbor).length > 0;

/** Whether a beat's state is already there, so advancing to it has nothing left to do. */
export function isBeatDone(id: BeatId, s: PresenterSnapshot): boolean {
  switch (id) {
    case 'cluster':
      return s.hosts.length >= 3;
    case 'plugin':
      return pluginReady(s);
    case 'policy':
      return s.policies.some((p) => p.name === SW2_POLICY.name);
    case 'volumes':
      return missingVolumes(s.volumes).length === 0;
    case 'compose':
      return s.composeDiff !== null || harborOnVolumes(s);
    case 'harbor-up':
      return harborOnVolumes(s) && s.harbor.status === 'healthy' && s.harbor.registry.process === 'running';
    case 'images':
      return s.images.length >= IMAGE_COUNT;
    case 'ha':
      return s.cluster.haEnabled;
    case 'host-off':
    case 'components-absent':
      return s.drill !== null;
    case 'vm-restarted':
      return s.drill?.rto.vmPoweredOnSeconds != null;
    case 'harbor-healthy':
      return s.drill?.rto.harborHealthySeconds != null;
    case 'images-intact':
      return s.drill?.integrity?.verdict != null;
  }
}

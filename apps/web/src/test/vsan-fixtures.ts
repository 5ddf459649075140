import type { ClusterSummary, ResyncSummary } from '@harborview/contracts/cluster';
import type { Host, HostComponentCounts } from '@harborview/contracts/inventory';
import type { Component, LayoutNode, ObjectHealth, VsanObjectRow } from '@harborview/contracts/vsan';

const GIB = 1024 ** 3;

/** A vSAN-looking uuid, deterministic so tests can name rows by it. */
export function vsanUuid(group: string, n: number): string {
  return `52${group.padStart(6, '0')}-1f3c-4e2a-9b7d-${n.toString(16).padStart(12, '0')}`;
}

/** One component or witness on a host's first disk group; `disk` picks capacity disk T1 or T2. */
export function componentFixture(host: Host, over: Partial<Component> & { uuid: string }, disk = 1): Component {
  const group = host.diskGroups[0];
  return {
    type: 'Component',
    state: 'ACTIVE',
    hostId: host.id,
    hostName: host.name,
    faultDomain: host.name,
    cacheDisk: group?.cacheDisk.name ?? '',
    capacityDisk: group?.capacityDisks[disk - 1]?.name ?? '',
    votes: 1,
    sizeBytes: 0,
    bytesToSync: 0,
    ...over,
  };
}

interface MirrorSpec {
  group: string;
  /** The hosts of the two replicas, in RAID-1 order. */
  replicas: [Host, Host];
  witness: Host;
  sizeBytes: number;
  /** Number of disk stripes per object: each replica becomes a RAID-0 of this many components. */
  stripes?: number;
}

/** An FTT=1 RAID-1 layout: two replicas (optionally RAID-0 striped on one host's two disks) and a witness. */
export function mirrorLayout(spec: MirrorSpec): { layout: LayoutNode; components: Component[] } {
  const stripes = spec.stripes ?? 1;
  const components: Component[] = [];
  let n = 0;
  const replicaNodes: LayoutNode[] = spec.replicas.map((host) => {
    const leaves: LayoutNode[] = [];
    for (let s = 0; s < stripes; s += 1) {
      n += 1;
      const uuid = vsanUuid(spec.group, n);
      components.push(componentFixture(host, { uuid, sizeBytes: spec.sizeBytes / stripes }, (s % 2) + 1));
      leaves.push({ type: 'Component', componentUuid: uuid });
    }
    return stripes > 1 ? { type: 'RAID_0', children: leaves } : (leaves[0] as LayoutNode);
  });
  components.push(componentFixture(spec.witness, { uuid: vsanUuid(spec.group, n + 1), type: 'Witness' }));
  return { layout: { type: 'RAID_1', children: replicaNodes }, components };
}

interface ObjectSpec extends MirrorSpec {
  kind: VsanObjectRow['kind'];
  name: string;
  owner: VsanObjectRow['owner'];
  policyName: string;
}

/** A healthy vSAN object row as `GET /api/vsan/objects` lists it. */
export function vsanObjectFixture(spec: ObjectSpec): VsanObjectRow {
  const { layout, components } = mirrorLayout(spec);
  return {
    uuid: vsanUuid(spec.group, 0),
    kind: spec.kind,
    name: spec.name,
    ownerId: spec.owner?.id ?? null,
    owner: spec.owner,
    policyName: spec.policyName,
    health: 'healthy',
    healthLabel: 'Healthy',
    accessible: true,
    compliance: 'Compliant',
    sizeBytes: spec.sizeBytes,
    dataLost: false,
    layout,
    components,
  };
}

export const DEFAULT_POLICY = 'vSAN Default Storage Policy';
export const STRIPE_POLICY = 'stripe-2';

/** The walkthrough's objects: photon-harbor's home, disk and swap, and the volumes vsanvol1/2/3 (vsanvol3 striped). */
export function walkthroughObjects(hosts: Host[]): VsanObjectRow[] {
  const [h1, h2, h3] = hosts as [Host, Host, Host];
  const vm = { kind: 'vm' as const, id: 'vm-1', name: 'photon-harbor' };
  const volume = (name: string) => ({ kind: 'volume' as const, id: name, name });
  const vmPolicy = { policyName: DEFAULT_POLICY };
  return [
    { ...vmPolicy, group: '1', kind: 'namespace', name: 'photon-harbor', owner: vm, replicas: [h1, h2], witness: h3 },
    { ...vmPolicy, group: '2', kind: 'vdisk', name: 'photon-harbor.vmdk', owner: vm, replicas: [h1, h3], witness: h2 },
    { ...vmPolicy, group: '3', kind: 'vmswap', name: 'photon-harbor.vswp', owner: vm, replicas: [h2, h3], witness: h1 },
    {
      ...vmPolicy,
      group: '11',
      kind: 'vdisk',
      name: 'vsanvol1.vmdk',
      owner: volume('vsanvol1'),
      replicas: [h1, h2],
      witness: h3,
    },
    {
      ...vmPolicy,
      group: '12',
      kind: 'vdisk',
      name: 'vsanvol2.vmdk',
      owner: volume('vsanvol2'),
      replicas: [h2, h3],
      witness: h1,
    },
    {
      group: '13',
      kind: 'vdisk',
      name: 'vsanvol3.vmdk',
      owner: volume('vsanvol3'),
      policyName: STRIPE_POLICY,
      replicas: [h1, h2],
      witness: h3,
      stripes: 2,
    },
  ].map((spec) => vsanObjectFixture({ sizeBytes: 10 * GIB, ...(spec as Omit<ObjectSpec, 'sizeBytes'>) }));
}

/** `GET /api/cluster`, with health counts taken from the objects so scenarios stay consistent. */
export function clusterSummaryFixture(hosts: Host[], objects: VsanObjectRow[]): ClusterSummary {
  const capacityBytes = hosts.flatMap((h) => h.diskGroups.flatMap((g) => g.capacityDisks)).length * 500 * GIB;
  const usedBytes = 150 * GIB;
  const objectHealth: Partial<Record<ObjectHealth, number>> = {};
  for (const o of objects) objectHealth[o.health] = (objectHealth[o.health] ?? 0) + 1;
  return {
    id: 'cluster-1',
    name: 'vSAN-Cluster',
    haEnabled: false,
    hostIds: hosts.map((h) => h.id),
    vsan: { capacityBytes, usedBytes, freeBytes: capacityBytes - usedBytes, reservedBytes: 20 * GIB },
    objectHealth,
    repairTimer: { delaySeconds: 3600, objectsWaiting: 0, nextExpiryAt: null, outcome: null },
  };
}

export const idleResyncFixture: ResyncSummary = {
  totalObjects: 0,
  bytesLeft: 0,
  etaSeconds: null,
  scheduled: 0,
  pending: 0,
  objects: [],
};

/** The hosts with `components` counted from the objects, as GET /api/hosts reports them. */
export function withComponentCounts(hosts: Host[], objects: VsanObjectRow[]): Host[] {
  return hosts.map((host) => {
    const counts: HostComponentCounts = {
      total: 0,
      byState: { ACTIVE: 0, ABSENT: 0, DEGRADED: 0, ACTIVE_STALE: 0, ABSENT_RESYNC: 0, RECONFIG: 0 },
    };
    for (const c of objects.flatMap((o) => o.components)) {
      if (c.hostId !== host.id) continue;
      counts.total += 1;
      counts.byState[c.state] += 1;
    }
    return { ...host, components: counts };
  });
}

/**
 * Creating a vSAN object: check the policy against the cluster, lay it out, and fall back to force provisioning
 * (vsan-ha.md §1 vSAN object model). See `place-layout.ts` for where components go and how votes are given.
 */
import type { RngState } from '../rng';
import { nextUuid } from '../rng';

import { diskUsage } from './capacity';
import { usableFaultDomains } from './fault-domains';
import type { BuildResult, DiskSlot } from './place-layout';
import { buildLayout, drawTieKeys } from './place-layout';
import type { PlacementError } from './policy-rules';
import { checkPolicy } from './policy-rules';
import type { ObjectKind, PlacementPolicy, VsanHost, VsanObject } from './types';
import type { Bytes } from './units';
import { bytes } from './units';

/** Everything placement reads; `existingObjects` only count toward used capacity. */
export interface PlacementInput {
  objectKind: ObjectKind;
  name: string;
  ownerId?: string;
  sizeBytes: Bytes;
  policy: PlacementPolicy;
  hosts: readonly VsanHost[];
  existingObjects?: readonly VsanObject[];
  /**
   * Free bytes per capacity device, when the caller already knows them; replaces the scan of `existingObjects`,
   * which at 10,000 objects is too slow to repeat for every new object.
   */
  freeBytesByDisk?: ReadonlyMap<string, number>;
  rng: RngState;
}

/** The new object and the advanced RNG, or why it cannot be created. */
export type PlacementResult = { object: VsanObject; rng: RngState } | { error: PlacementError };

const MAX_STRIPE_WIDTH = 12;

/** Swap objects always get FTT=1 RAID-1 with force provisioning (vsan-ha.md §1 Objects). */
export function swapPolicy(policy: PlacementPolicy): PlacementPolicy {
  return { ...policy, ftt: 1, faultTolerance: 'RAID-1', forceProvisioning: true };
}

/** What vSAN falls back to under force provisioning: no redundancy, one stripe (doc silent on stripes; vSAN docs say 1). */
export function forcedPolicy(policy: PlacementPolicy): PlacementPolicy {
  return { ...policy, ftt: 0, stripeWidth: 1, faultTolerance: 'RAID-1' };
}

function invalidPolicy(policy: PlacementPolicy): string | null {
  if (!Number.isInteger(policy.stripeWidth) || policy.stripeWidth < 1 || policy.stripeWidth > MAX_STRIPE_WIDTH) {
    return `Number of disk stripes per object must be 1 to ${MAX_STRIPE_WIDTH}; got ${policy.stripeWidth}`;
  }
  if (!(policy.proportionalCapacity >= 0 && policy.proportionalCapacity <= 100)) {
    return `Object space reservation must be 0 to 100 percent; got ${policy.proportionalCapacity}`;
  }
  return null;
}

/** Usable devices per fault domain, with free bytes after existing objects and seeded tie-break keys. */
function slotsFor(
  input: PlacementInput,
  rng: RngState,
): { domains: Map<string, DiskSlot[]>; domainKeys: Map<string, number>; rng: RngState } {
  const usable = usableFaultDomains(input.hosts);
  const free =
    input.freeBytesByDisk ??
    new Map(diskUsage(input.hosts, input.existingObjects ?? []).map((row) => [row.diskId, row.freeBytes]));
  const allDisks = [...usable.values()].flat().map((d) => d.capacityDisk.diskId);
  const diskDraw = drawTieKeys(allDisks, rng);
  const domainDraw = drawTieKeys([...usable.keys()], diskDraw.rng);
  const domains = new Map(
    [...usable].map(([fd, disks]) => [
      fd,
      // Fields listed, not spread: this runs for every device on every placement (10,000 volumes x 128 devices).
      disks.map((d) => ({
        hostId: d.hostId,
        faultDomain: d.faultDomain,
        cacheDisk: d.cacheDisk,
        capacityDisk: d.capacityDisk,
        capacityBytes: d.capacityBytes,
        baselineUsedBytes: d.baselineUsedBytes,
        freeBytes: free.get(d.capacityDisk.diskId) ?? 0,
        tieKey: diskDraw.keys.get(d.capacityDisk.diskId) ?? 0,
      })),
    ]),
  );
  return { domains, domainKeys: domainDraw.keys, rng: domainDraw.rng };
}

/**
 * Places a new object: FTT+1 mirrors (or RAID-5/6 segments) on distinct fault domains, stripes, witnesses and votes.
 * When the policy cannot be met and it allows force provisioning, the object is placed with FTT=0 and flagged.
 * @example placeObject({ objectKind: 'vdisk', name: 'harbor-data.vmdk', sizeBytes: gb(100), policy, hosts, rng })
 */
export function placeObject(input: PlacementInput): PlacementResult {
  const policy = input.objectKind === 'vmswap' ? swapPolicy(input.policy) : input.policy;
  const invalid = invalidPolicy(policy);
  if (invalid !== null) {
    return { error: { code: 'invalid-policy', message: invalid } };
  }
  const [uuid, afterUuid] = nextUuid(input.rng);
  const { domains, domainKeys, rng } = slotsFor(input, afterUuid);
  const withDisks = new Set([...domains.values()].flat().map((d) => d.hostId));
  const hostsWithDisks = input.hosts.filter((h) => withDisks.has(h.hostId));
  const shape = { faultDomains: domains.size, allFlash: hostsWithDisks.every((h) => h.allFlash) };
  const attempt = (candidate: PlacementPolicy): BuildResult => {
    const rejected = checkPolicy(candidate, shape);
    return rejected !== null
      ? { error: rejected }
      : buildLayout({ sizeBytes: input.sizeBytes, policy: candidate, domains, domainKeys, rng });
  };
  let placedPolicy = policy;
  let built = attempt(policy);
  let complianceNote: string | undefined;
  if ('error' in built && policy.forceProvisioning) {
    const forced = attempt(forcedPolicy(policy));
    if (!('error' in forced)) {
      complianceNote = built.error.message;
      placedPolicy = forcedPolicy(policy);
      built = forced;
    }
  }
  if ('error' in built) {
    return { error: built.error };
  }
  const object: VsanObject = {
    uuid,
    kind: input.objectKind,
    name: input.name,
    ...(input.ownerId === undefined ? {} : { ownerId: input.ownerId }),
    policy,
    placedPolicy,
    sizeBytes: input.sizeBytes,
    writtenBytes: bytes(0),
    layout: built.layout,
    components: built.components,
    ...(complianceNote === undefined ? {} : { complianceNote }),
    dataLost: false,
  };
  return { object, rng: built.rng };
}

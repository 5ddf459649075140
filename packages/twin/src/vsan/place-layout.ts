/**
 * Builds one object's layout tree and components for a policy the cluster can meet (vsan-ha.md §1 Components,
 * layout tree; FTT and RAID; Quorum and votes). Choices where the doc is silent:
 * - each column (mirror or RAID-5/6 segment) goes to its own fault domain, the one with most free capacity, ties
 *   broken by a seeded random key;
 * - its stripes go on distinct capacity devices of that fault domain; only when it has fewer devices than the
 *   stripe width, and every short column can get one, do stripes spill onto one more unused fault domain per
 *   column (this is how 4 hosts x 3 disks with SW=6 ends up with no witness);
 * - a stripe above 255 GB becomes a Concatenation of equal components;
 * - votes and witnesses follow `planVotes`; if spilling left no fault domain for a needed witness, the layout is
 *   rebuilt without spilling.
 */
import type { RngState } from '../rng';
import { nextRandoms, nextUuid } from '../rng';

import type { UsableDisk } from './fault-domains';
import type { LayoutScheme, PlacementError } from './policy-rules';
import { layoutScheme } from './policy-rules';
import type { LayoutNode, PlacementPolicy, VsanComponent } from './types';
import type { Bytes } from './units';
import { bytes, MAX_COMPONENT_BYTES, splitBytes, toGb } from './units';
import { planVotes } from './votes';

/** A usable device with its free bytes (after existing objects) and a seeded tie-break key. */
export interface DiskSlot extends UsableDisk {
  freeBytes: number;
  tieKey: number;
}

/** What `buildLayout` needs: fault domains in id order, each with its devices. */
export interface BuildInput {
  sizeBytes: Bytes;
  policy: PlacementPolicy;
  domains: ReadonlyMap<string, readonly DiskSlot[]>;
  domainKeys: ReadonlyMap<string, number>;
  rng: RngState;
}

/** The placed tree and components, or why it did not fit. */
export type BuildResult =
  { layout: LayoutNode; components: VsanComponent[]; rng: RngState } | { error: PlacementError };

/** Sizes of the top-level columns: full copies for RAID-1, data then parity segments for RAID-5/6. */
function columnSizes(sizeBytes: Bytes, scheme: LayoutScheme): Bytes[] {
  if (scheme.dataColumns === 1) {
    return Array.from({ length: scheme.columns }, () => sizeBytes);
  }
  const data = splitBytes(sizeBytes, scheme.dataColumns);
  const parity = bytes(Math.ceil(sizeBytes / scheme.dataColumns));
  return [...data, ...Array.from({ length: scheme.columns - scheme.dataColumns }, () => parity)];
}

/** Component sizes of one column: stripes, each split into <=255 GB chunks. */
function stripeChunks(columnSize: Bytes, stripeWidth: number): Bytes[][] {
  return splitBytes(columnSize, stripeWidth).map((stripe) =>
    splitBytes(stripe, Math.max(1, Math.ceil(stripe / MAX_COMPONENT_BYTES))),
  );
}

function freeOf(disks: readonly DiskSlot[]): number {
  return disks.reduce((sum, d) => sum + d.freeBytes, 0);
}

/** Fault domains for each column: a primary, plus spill domains when allowed. */
function chooseDomains(
  input: BuildInput,
  sizes: readonly Bytes[],
  spill: boolean,
): { sets: string[][]; rest: string[] } | null {
  const reserve = (size: number): number => Math.round((size * input.policy.proportionalCapacity) / 100);
  const domainFree = new Map([...input.domains].map(([fd, disks]) => [fd, freeOf(disks)]));
  const ordered = [...input.domains.keys()].sort(
    (a, b) =>
      (domainFree.get(b) ?? 0) - (domainFree.get(a) ?? 0) ||
      (input.domainKeys.get(a) ?? 0) - (input.domainKeys.get(b) ?? 0),
  );
  const sets: string[][] = [];
  for (const size of sizes) {
    const primary = ordered.find(
      (fd) => !sets.some((set) => set.includes(fd)) && (domainFree.get(fd) ?? 0) >= reserve(size),
    );
    if (primary === undefined) {
      return null;
    }
    sets.push([primary]);
  }
  let rest = ordered.filter((fd) => !sets.some((set) => set.includes(fd)));
  const diskCount = (set: readonly string[]): number =>
    set.reduce((n, fd) => n + (input.domains.get(fd)?.length ?? 0), 0);
  for (;;) {
    const short = sets.filter((set) => diskCount(set) < input.policy.stripeWidth);
    if (!spill || short.length === 0 || rest.length < short.length) {
      return { sets, rest };
    }
    short.forEach((set, i) => {
      const fd = rest[i];
      if (fd !== undefined) {
        set.push(fd);
      }
    });
    rest = rest.slice(short.length);
  }
}

/**
 * Places the columns, stripes, chunks, votes and witnesses; `spill` is tried first and dropped if it leaves no
 * room for witnesses.
 * @example buildLayout({ sizeBytes: gb(40), policy, domains, domainKeys, rng }, true)
 */
export function buildLayout(input: BuildInput, spill = true): BuildResult {
  const scheme = layoutScheme(input.policy);
  const sizes = columnSizes(input.sizeBytes, scheme);
  const chosen = chooseDomains(input, sizes, spill);
  if (chosen === null) {
    return {
      error: {
        code: 'insufficient-capacity',
        message: `Not enough free capacity: ${scheme.columns} fault domains need room for ${toGb(sizes[0] ?? bytes(0)).toFixed(1)} GB each`,
      },
    };
  }
  const free = new Map([...input.domains.values()].flat().map((d) => [d.capacityDisk.diskId, d.freeBytes]));
  let rng = input.rng;
  const [prefixUuid, afterPrefix] = nextUuid(rng);
  rng = afterPrefix;
  const prefix = prefixUuid.slice(0, 8);
  const data: VsanComponent[] = [];
  const columns: LayoutNode[] = [];
  for (const [index, size] of sizes.entries()) {
    const disks = (chosen.sets[index] ?? []).flatMap((fd) => input.domains.get(fd) ?? []);
    const usedInColumn = new Map<string, number>();
    const stripes: LayoutNode[] = [];
    for (const chunks of stripeChunks(size, input.policy.stripeWidth)) {
      const leaves: LayoutNode[] = [];
      for (const chunk of chunks) {
        const reservation = Math.round((chunk * input.policy.proportionalCapacity) / 100);
        const fits = disks.filter((d) => reservation === 0 || (free.get(d.capacityDisk.diskId) ?? 0) >= reservation);
        const disk = [...fits].sort(
          (a, b) =>
            (usedInColumn.get(a.capacityDisk.diskId) ?? 0) - (usedInColumn.get(b.capacityDisk.diskId) ?? 0) ||
            (free.get(b.capacityDisk.diskId) ?? 0) - (free.get(a.capacityDisk.diskId) ?? 0) ||
            a.tieKey - b.tieKey,
        )[0];
        if (disk === undefined) {
          return {
            error: {
              code: 'insufficient-capacity',
              message: `No capacity device has ${toGb(bytes(reservation)).toFixed(1)} GB free to reserve`,
            },
          };
        }
        free.set(disk.capacityDisk.diskId, (free.get(disk.capacityDisk.diskId) ?? 0) - reservation);
        usedInColumn.set(disk.capacityDisk.diskId, (usedInColumn.get(disk.capacityDisk.diskId) ?? 0) + 1);
        const [uuid, next] = nextUuid(rng, prefix);
        rng = next;
        data.push(component(uuid, 'Component', disk, chunk));
        leaves.push({ type: 'Component', componentUuid: uuid });
      }
      stripes.push(
        leaves.length === 1 && leaves[0] !== undefined ? leaves[0] : { type: 'Concatenation', children: leaves },
      );
    }
    columns.push(stripes.length === 1 && stripes[0] !== undefined ? stripes[0] : { type: 'RAID_0', children: stripes });
  }
  const plan = planVotes(data, input.policy.ftt, chosen.rest);
  if (plan === null) {
    return spill
      ? buildLayout(input, false)
      : { error: { code: 'insufficient-fault-domains', message: 'No fault domain left for a witness' } };
  }
  const witnesses: VsanComponent[] = [];
  for (const witness of plan.witnesses) {
    const disk = [...(input.domains.get(witness.faultDomain) ?? [])].sort(
      (a, b) => b.freeBytes - a.freeBytes || a.tieKey - b.tieKey,
    )[0];
    if (disk === undefined) {
      return { error: { code: 'insufficient-fault-domains', message: 'No fault domain left for a witness' } };
    }
    const [uuid, next] = nextUuid(rng, prefix);
    rng = next;
    witnesses.push({ ...component(uuid, 'Witness', disk, bytes(0)), votes: witness.votes });
  }
  const voted = data.map((c) => ({ ...c, votes: plan.votes[c.uuid] ?? 1 }));
  // Without redundancy there is exactly one column, and it is the whole tree.
  const [only] = columns;
  const root = scheme.root;
  const layout: LayoutNode =
    root !== 'none' ? { type: root, children: columns } : (only ?? { type: 'RAID_0', children: [] });
  return { layout, components: [...voted, ...witnesses], rng };
}

function component(uuid: string, type: VsanComponent['type'], disk: DiskSlot, sizeBytes: Bytes): VsanComponent {
  return {
    uuid,
    type,
    state: 'ACTIVE',
    hostId: disk.hostId,
    faultDomain: disk.faultDomain,
    cacheDisk: disk.cacheDisk,
    capacityDisk: disk.capacityDisk,
    votes: 1,
    sizeBytes,
    bytesToSync: bytes(0),
  };
}

/** Seeded tie-break keys, drawn in id order so the result never depends on the order hosts were listed in. */
export function drawTieKeys(ids: readonly string[], rng: RngState): { keys: Map<string, number>; rng: RngState } {
  const sorted = [...ids].sort();
  const [values, next] = nextRandoms(rng, sorted.length);
  // A repeated id keeps its last draw, as one `set` per draw would.
  const keys = new Map<string, number>();
  sorted.forEach((id, i) => keys.set(id, values[i] ?? 0));
  return { keys, rng: next };
}

/**
 * Generated volumes for scale scenarios: detached vDVS volumes created by the Docker VM at t=0 with a mix of
 * policies (default FTT=1, `SW=2`, FTT=0 and a 25 % object space reservation) and sizes. Placement reads free space
 * from a running tally instead of rescanning every object, so 10,000 volumes take about a second.
 */
import type { RngState } from '../rng';
import { nextInt } from '../rng';
import { resolvePolicyRules } from '../vdvs/capabilities';
import { parsePolicyContent } from '../vdvs/policy-content';
import type { StoredPolicy } from '../vdvs/policy-store';
import type { VdvsVolume } from '../vdvs/types';
import { DEFAULT_VMGROUP } from '../vdvs/types';
import { validateVolumeCreate } from '../vdvs/volume-options';
import { createVolumeRecord } from '../vdvs/volume-record';
import { componentUsage, objectUsage } from '../vsan/capacity';
import { placeObject } from '../vsan/placement';
import type { VsanObject } from '../vsan/types';
import { bytes } from '../vsan/units';

import { mkfsWrittenBytes } from './mkfs';
import { toPlacementPolicy } from './objects';
import { datastoreCatalog } from './volume-view';
import { freeBytesByDisk } from './vsan-usage';
import { vsanHosts } from './vsan-view';
import type { Work } from './work';

/** The generated policies: name, content, share of volumes in percent, sizes to pick from. */
const MIX: readonly { policy: StoredPolicy | null; percent: number; sizes: readonly string[] }[] = [
  { policy: null, percent: 55, sizes: ['1gb', '2gb', '5gb', '10gb', '20gb', '50gb'] },
  { policy: { name: 'gen-sw2', content: '(("stripeWidth" i2))' }, percent: 20, sizes: ['5gb', '10gb', '20gb'] },
  { policy: { name: 'gen-ftt0', content: '(("hostFailuresToTolerate" i0))' }, percent: 15, sizes: ['1gb', '2gb'] },
  { policy: { name: 'gen-osr25', content: '(("proportionalCapacity" i25))' }, percent: 10, sizes: ['1gb', '2gb'] },
];

function pick(rng: RngState): { entry: (typeof MIX)[number]; size: string; rng: RngState } {
  const [roll, r1] = nextInt(rng, 0, 99);
  let acc = 0;
  const entry = MIX.find((m) => (acc += m.percent) > roll) ?? MIX[0];
  if (entry === undefined) throw new RangeError('empty policy mix');
  const [i, r2] = nextInt(r1, 0, entry.sizes.length - 1);
  return { entry, size: entry.sizes[i] ?? '1gb', rng: r2 };
}

function effectiveOf(policy: StoredPolicy | null): ReturnType<typeof resolvePolicyRules> {
  const parsed = parsePolicyContent(policy?.content ?? '()');
  return resolvePolicyRules(parsed.ok ? parsed.rules : []);
}

/** Adds `count` generated volumes (`vol-00001` …) and the policies they use. */
export function generateVolumes(w: Work, count: number): void {
  if (count === 0) return;
  const vm = w.s.topology.vms.find((v) => v.id === w.s.harbor.vmId);
  const hosts = vsanHosts(w.s);
  const free = new Map(freeBytesByDisk(w.s));
  const catalog = datastoreCatalog(w.s);
  const policies = MIX.flatMap((m) => (m.policy === null ? [] : [m.policy]));
  const objects: VsanObject[] = [];
  const records: VdvsVolume[] = [];
  let rng = w.s.rng;
  for (let n = 1; n <= count; n += 1) {
    const chosen = pick(rng);
    rng = chosen.rng;
    const name = `vol-${String(n).padStart(5, '0')}`;
    const opts = {
      size: chosen.size,
      ...(chosen.entry.policy === null ? {} : { 'vsan-policy-name': chosen.entry.policy.name }),
    };
    // Names are unique by construction, so the duplicate scan over earlier volumes is skipped (`volumes: []`).
    const checked = validateVolumeCreate(name, opts, {
      catalog,
      policies: policies.map((p) => p.name),
      volumes: [],
      vmgroup: DEFAULT_VMGROUP,
    });
    if (!checked.ok || checked.outcome !== 'create') throw new RangeError(`generated volume ${name} is invalid`);
    const sizeBytes = checked.spec.sizeKb * 1024;
    const placed = placeObject({
      objectKind: 'vdisk',
      name: `${name}.vmdk`,
      ownerId: checked.spec.fullName,
      sizeBytes: bytes(sizeBytes),
      policy: toPlacementPolicy(effectiveOf(chosen.entry.policy)),
      hosts,
      rng,
      freeBytesByDisk: free,
    });
    if ('error' in placed) throw new RangeError(`Cannot place ${name} on the cluster: ${placed.error.message}`);
    rng = placed.rng;
    const object = { ...placed.object, writtenBytes: bytes(mkfsWrittenBytes(sizeBytes)) };
    for (const c of object.components) {
      const use = componentUsage(object, c);
      free.set(c.capacityDisk.diskId, (free.get(c.capacityDisk.diskId) ?? 0) - use.usedBytes - use.reservedBytes);
    }
    const usage = objectUsage(object);
    const record = createVolumeRecord(checked.spec, {
      createdMs: w.s.clock.startEpochMs,
      createdBy: vm?.name ?? 'photon-harbor',
      allocatedKb: Math.floor((usage.usedBytes + usage.reservedBytes) / 1024),
    });
    objects.push(object);
    records.push({ ...record, vsanObjectUuid: object.uuid });
  }
  w.s = {
    ...w.s,
    rng,
    policies: { ...w.s.policies, store: [...w.s.policies.store, ...policies] },
    volumes: [...w.s.volumes, ...records],
    vsan: { ...w.s.vsan, objects: [...w.s.vsan.objects, ...objects] },
  };
}

/**
 * The part of `docker volume create` that decides (vdvs.md §1 create flow): validate the name and options, apply
 * the vSAN policy, place the object. `cmdCreateVolume` records what it decides; the wizard's placement preview runs
 * it on a throwaway working state, so both show the same placement and the same vDVS messages.
 */
import { VSAN_DEFAULT_POLICY } from '../vdvs/capabilities';
import { checkPolicyAtApply } from '../vdvs/policy-validate';
import { DEFAULT_VMGROUP } from '../vdvs/types';
import type { VolumeSpec } from '../vdvs/volume-options';
import { validateVolumeCreate } from '../vdvs/volume-options';
import type { PlacementPolicy, VsanObject } from '../vsan/types';
import { bytes } from '../vsan/units';

import { clusterShape } from './cluster-shape';
import { mkfsWrittenBytes } from './mkfs';
import { isPlacementError, placeNew, toPlacementPolicy } from './objects';
import { datastoreCatalog, findVolume, volumeObject } from './volume-view';
import type { Work } from './work';

/** What vSAN was asked to place, known once the policy applied. */
export interface PlacementAsk {
  policy: PlacementPolicy;
  sizeBytes: number;
}

/** The decision: refused (vDVS's message), already there (the plugin reports success), or placed. */
export type VolumePlan =
  | { kind: 'refused'; message: string; ask: PlacementAsk | null }
  | { kind: 'exists'; fullName: string; message: string }
  | { kind: 'placed'; spec: VolumeSpec; policyName: string | undefined; object: VsanObject };

/**
 * Validates and places a new volume in `w` (the RNG advances when it is placed); the object is not added yet.
 * @example planVolumeCreate(w, 'vsanvol1', { size: '50gb' }) // { kind: 'placed', spec, policyName: undefined, object }
 */
export function planVolumeCreate(w: Work, name: string, opts: Readonly<Record<string, string>>): VolumePlan {
  const checked = validateVolumeCreate(name, opts, {
    catalog: datastoreCatalog(w.s),
    policies: w.s.policies.store.map((p) => p.name),
    volumes: w.s.volumes,
    vmgroup: DEFAULT_VMGROUP,
  });
  if (!checked.ok) return { kind: 'refused', message: checked.message, ask: null };
  if (checked.outcome === 'exists') return { kind: 'exists', fullName: checked.fullName, message: checked.message };
  const spec = checked.spec;
  const policyName = spec.volOpts['vsan-policy-name'];
  const content = policyName === undefined ? undefined : w.s.policies.store.find((p) => p.name === policyName)?.content;
  const applied =
    content === undefined
      ? ({ ok: true, policy: VSAN_DEFAULT_POLICY } as const)
      : checkPolicyAtApply(spec.name, content, clusterShape(w.s), spec.sizeKb);
  if (!applied.ok) return { kind: 'refused', message: applied.message, ask: null };
  const source = spec.cloneFrom === null ? undefined : findVolume(w.s, spec.cloneFrom);
  const sourceObject = source === undefined ? undefined : volumeObject(w.s, source);
  const sizeBytes = spec.sizeKb * 1024;
  const policy = toPlacementPolicy(applied.policy);
  const object = placeNew(w, {
    objectKind: 'vdisk',
    name: `${spec.name}.vmdk`,
    ownerId: spec.fullName,
    sizeBytes: bytes(sizeBytes),
    policy,
    writtenBytes: sourceObject?.writtenBytes ?? mkfsWrittenBytes(sizeBytes),
  });
  if (isPlacementError(object)) {
    const message = `Failed to create volume ${spec.name}: ${object.message}`;
    return { kind: 'refused', message, ask: { policy, sizeBytes } };
  }
  return { kind: 'placed', spec, policyName, object };
}

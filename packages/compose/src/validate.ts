import { normalisePath } from './classify';
import type {
  ComposeInventory,
  MappingError,
  MappingErrorCode,
  Mount,
  ValidationContext,
  VolumeMapping,
} from './types';
import { baseVolumeName, volumeNameProblem } from './volume-name';

/** The mount a mapping points at: same service, same container path up to trailing slashes. */
export function findMount(doc: ComposeInventory, mapping: VolumeMapping): Mount | undefined {
  const target = normalisePath(mapping.target);
  return doc.mounts.find((m) => m.service === mapping.service && normalisePath(m.target) === target);
}

/**
 * Checks mappings against the compose inventory; an empty array means the rewrite may go ahead.
 * Rules beyond the obvious ones: mounts that hold the same data (the same host path or volume, which covers one
 * anchor used twice, and registry + registryctl `/storage` in 2.x) must all move, to one volume; and one volume may
 * back several mappings only when those mounts hold the same data in that sense.
 */
export function validateMappings(
  doc: ComposeInventory,
  mappings: readonly VolumeMapping[],
  ctx: ValidationContext,
): MappingError[] {
  const errors: MappingError[] = [];
  const fail = (mappingIndex: number, code: MappingErrorCode, message: string): void => {
    errors.push({ mappingIndex, code, message });
  };
  const resolved = mappings.map((mapping, index) => checkOne(doc, mappings, index, ctx, fail));
  resolved.forEach((mount, index) => {
    const mapping = mappings[index];
    if (mount === undefined || mapping === undefined) return;
    for (const other of doc.mounts) {
      const relation = other === mount ? null : relationOf(mount, other);
      if (relation === null) continue;
      const otherIndex = resolved.indexOf(other);
      const otherVolume =
        otherIndex < 0 ? (other.kind === 'volume' ? other.source : null) : mappings[otherIndex]?.volume;
      if (otherVolume === mapping.volume) continue;
      const code = relation === 'storage' ? 'storage-split' : 'shared-source-split';
      fail(
        index,
        code,
        `${other.service} also mounts ${describe(mount)} at ${other.target}; map it to ${mapping.volume} too.`,
      );
    }
    resolved.forEach((earlier, j) => {
      if (j >= index || earlier === undefined || mappings[j]?.volume !== mapping.volume) return;
      if (relationOf(mount, earlier) !== null) return;
      fail(
        index,
        'volume-reused',
        `${mapping.volume} is already mapped to ${earlier.service}:${earlier.target}, which holds other data.`,
      );
    });
    const holder = doc.mounts.find(
      (m) =>
        m.kind === 'volume' && m.source === mapping.volume && !resolved.includes(m) && relationOf(mount, m) === null,
    );
    if (holder !== undefined) {
      fail(index, 'volume-reused', `${mapping.volume} already backs ${holder.service}:${holder.target}.`);
    }
  });
  return errors.sort((a, b) => a.mappingIndex - b.mappingIndex);
}

function checkOne(
  doc: ComposeInventory,
  mappings: readonly VolumeMapping[],
  index: number,
  ctx: ValidationContext,
  fail: (index: number, code: MappingErrorCode, message: string) => void,
): Mount | undefined {
  const mapping = mappings[index];
  if (mapping === undefined) return undefined;
  if (!doc.services.includes(mapping.service)) {
    fail(index, 'unknown-service', `There is no service "${mapping.service}" in this compose file.`);
    return undefined;
  }
  const mount = findMount(doc, mapping);
  if (mount === undefined) {
    fail(index, 'no-such-mount', `Service "${mapping.service}" has no mount at ${mapping.target}.`);
    return undefined;
  }
  const first = mappings.findIndex((m) => m.service === mapping.service && findMount(doc, m) === mount);
  if (first !== index) {
    fail(index, 'duplicate-mapping', `${mapping.service}:${mapping.target} is already mapped by mapping ${first}.`);
    return undefined;
  }
  const reject = (code: MappingErrorCode, message: string): void => fail(index, code, message);
  if (mount.kind === 'tmpfs' || mount.kind === 'other') {
    reject(
      'unsupported-mount-type',
      `${mapping.service}:${mount.target} is a ${mount.kind} mount, not a bind or volume.`,
    );
  } else if (mount.looksLikeFile) {
    reject('single-file-bind', `${mount.source ?? ''} is a single file; a volume can only replace a directory.`);
  }
  const nameProblem = volumeNameProblem(mapping.volume);
  if (nameProblem !== null) reject('invalid-volume-name', nameProblem);
  const busy = ctx.volumesInUseElsewhere.find((v) => baseVolumeName(v.volume) === mapping.volume);
  if (busy !== undefined) {
    reject(
      'volume-in-use',
      `${mapping.volume} is attached to ${busy.attachedTo}; a vDVS volume attaches to one VM at a time.`,
    );
  }
  if (doc.declaredVolumes.some((v) => v.name === mapping.volume && !v.external)) {
    reject(
      'volume-declared-not-external',
      `${mapping.volume} is declared in this file without external: true; Compose would manage (and down -v delete) it.`,
    );
  }
  return mount;
}

/** How two mounts are tied: registry/registryctl `/storage`, the same host path or volume, or not at all. */
export function relationOf(a: Mount, b: Mount): 'storage' | 'same-source' | null {
  const pair = new Set([a.service, b.service]);
  const storage = normalisePath(a.target) === '/storage' && normalisePath(b.target) === '/storage';
  if (storage && pair.has('registry') && pair.has('registryctl')) return 'storage';
  const sourced = (m: Mount): boolean => (m.kind === 'bind' || m.kind === 'volume') && m.source !== null;
  if (sourced(a) && sourced(b) && normalisePath(a.source ?? '') === normalisePath(b.source ?? '')) return 'same-source';
  return null;
}

function describe(mount: Mount): string {
  return mount.source ?? mount.target;
}

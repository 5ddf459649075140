import type { ComposeModel, MountEntry } from './compose-model';
import { readCompose } from './compose-model';
import { unifiedDiff } from './diff';
import { ComposeError } from './errors';
import { editMount } from './mount-edits';
import type { TextEdit } from './text-edit';
import { applyEdits } from './text-edit';
import { declareExternalVolumes } from './top-volumes';
import type { ComposeInventory, ComposeWarning, Mount, ValidationContext, VolumeMapping } from './types';
import { findMount, validateMappings } from './validate';
import { dataWarnings, REGENERATED_WARNING } from './warnings';

/** Diff file names and what the caller knows about volumes elsewhere (defaults: a/ b/ names, no other VMs). */
export interface RewriteOptions {
  readonly fromFile?: string;
  readonly toFile?: string;
  readonly context?: ValidationContext;
}

/** The rewritten file, the unified diff from the original, and what the operator must know. */
export interface RewriteResult {
  readonly compose: string;
  readonly diff: string;
  readonly warnings: readonly ComposeWarning[];
}

const NO_CONTEXT: ValidationContext = { volumesInUseElsewhere: [] };

/**
 * Points the mapped mounts at external volumes and declares them under the top-level `volumes:`, as text edits on
 * the original: every other byte (comments, order, quoting, trailing spaces, CRLF) is kept. The result is parsed
 * again and checked before it is returned. Throws `ComposeError` `invalid-mappings` with the MappingErrors as details.
 * @example rewriteCompose(text, [{ service: 'registry', target: '/storage', volume: 'vsanvol1' }]).diff
 */
export function rewriteCompose(
  yamlText: string,
  mappings: readonly VolumeMapping[],
  options: RewriteOptions = {},
): RewriteResult {
  const model = loadValidated(yamlText, mappings, options.context ?? NO_CONTEXT);
  const eol = model.inventory.lineEnding === 'crlf' ? '\r\n' : '\n';
  const edits: TextEdit[] = [];
  const warnings: ComposeWarning[] = [REGENERATED_WARNING];
  const done = new Set<MountEntry['node']>();
  for (const { mapping, entry } of mappedEntries(model, mappings)) {
    // One anchored entry reached through several aliases is edited once; validation gave all uses one volume.
    if (done.has(entry.node)) continue;
    done.add(entry.node);
    const edit = editMount(yamlText, entry, mapping.volume, eol);
    edits.push(...edit.edits);
    warnings.push(...edit.warnings);
  }
  edits.push(
    ...declareExternalVolumes(
      model,
      mappings.map((m) => m.volume),
      eol,
    ),
  );
  const compose = applyEdits(yamlText, edits);
  verifyRewrite(model.inventory, compose, mappings);
  const diff = unifiedDiff(yamlText, compose, {
    fromFile: options.fromFile ?? 'a/docker-compose.yml',
    toFile: options.toFile ?? 'b/docker-compose.yml',
  });
  return { compose, diff, warnings: [...warnings, ...dataWarnings(model.inventory, mappings)] };
}

/** Reads the file and refuses invalid mappings; shared with renderOverride. */
export function loadValidated(
  yamlText: string,
  mappings: readonly VolumeMapping[],
  context: ValidationContext,
): ComposeModel {
  const model = readCompose(yamlText);
  const errors = validateMappings(model.inventory, mappings, context);
  if (errors.length > 0) {
    const summary = errors.map((e) => `#${e.mappingIndex} ${e.code}`).join(', ');
    throw new ComposeError('invalid-mappings', `Mappings refused: ${summary}.`, errors);
  }
  return model;
}

/** Each mapping with the entry it points at (validation guarantees there is one). */
export function mappedEntries(
  model: ComposeModel,
  mappings: readonly VolumeMapping[],
): { mapping: VolumeMapping; entry: MountEntry }[] {
  return mappings.flatMap((mapping) => {
    const mount = findMount(model.inventory, mapping);
    const entry = model.entries.find((e) => e.mount === mount);
    return entry === undefined ? [] : [{ mapping, entry }];
  });
}

// The rewritten text must parse, every mapped mount must now use its volume, every other mount must read exactly
// as before, and every volume must be declared external.
function verifyRewrite(before: ComposeInventory, compose: string, mappings: readonly VolumeMapping[]): void {
  const after = readCompose(compose).inventory;
  const wanted = new Map(mappings.map((m) => [findMount(before, m), m.volume]));
  const sameShape = (a: Mount, b: Mount | undefined): boolean =>
    b !== undefined &&
    a.service === b.service &&
    a.target === b.target &&
    a.source === b.source &&
    a.kind === b.kind &&
    a.modes.join() === b.modes.join();
  const problems = before.mounts.flatMap((mount, i) => {
    const now = after.mounts[i];
    const volume = wanted.get(mount);
    if (volume === undefined) return sameShape(mount, now) ? [] : [`${mount.service}:${mount.target} changed`];
    return now?.source === volume && now.kind === 'volume' && now.target === mount.target
      ? []
      : [`${mount.service}:${mount.target} not on ${volume}`];
  });
  for (const volume of new Set(mappings.map((m) => m.volume))) {
    if (!after.declaredVolumes.some((v) => v.name === volume && v.external))
      problems.push(`${volume} not declared external`);
  }
  if (after.mounts.length !== before.mounts.length) problems.push('mount count changed');
  if (problems.length > 0)
    throw new ComposeError('verification-failed', `The rewrite did not come out as intended: ${problems.join('; ')}.`);
}

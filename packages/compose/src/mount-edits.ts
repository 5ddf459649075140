import type { Pair, Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar } from 'yaml';

import type { MountEntry } from './compose-model';
import { ComposeError } from './errors';
import { formatShortMount, parseShortMount, PROPAGATION_MODES, SELINUX_MODES } from './short-syntax';
import type { TextEdit } from './text-edit';
import { lineStartAt, nextLineStart, renderLike, renderPlain, startsItsLine } from './text-edit';
import type { ComposeWarning, Mount } from './types';
import { scalarString } from './yaml-nodes';

/** The text edits that point one mount entry at a volume, and what the operator should know about them. */
export interface MountEdit {
  readonly edits: readonly TextEdit[];
  readonly warnings: readonly ComposeWarning[];
}

/** Rewrites one entry in place: short syntax keeps its target and options; long syntax becomes `type: volume`. */
export function editMount(text: string, entry: MountEntry, volume: string, eol: string): MountEdit {
  return isScalar(entry.node) ? editShort(entry, entry.node, volume) : editLong(text, entry, entry.node, volume, eol);
}

function editShort(entry: MountEntry, node: Scalar, volume: string): MountEdit {
  const short = parseShortMount(scalarString(node) ?? '');
  if (short === null) throw new ComposeError('unsupported-syntax', `Cannot read the mount "${String(node.value)}".`);
  const { modes, warnings } = volumeModes(entry.mount, short.modes);
  const next = formatShortMount({ ...short, source: volume, modes });
  // Already on the volume (a rerun): nothing to edit and nothing new to say.
  if (next === scalarString(node)) return { edits: [], warnings: [] };
  const [start, end] = node.range ?? [0, 0];
  return { edits: [{ start, end, text: renderLike(node, next, entry.inFlow) }], warnings };
}

/** The short-syntax options a volume mount keeps: all but propagation; `z`/`Z` stay, with a warning saying why. */
export function volumeModes(mount: Mount, modes: readonly string[]): { modes: string[]; warnings: ComposeWarning[] } {
  const about = { service: mount.service, target: mount.target };
  const warnings: ComposeWarning[] = [];
  const dropped = modes.filter((m) => PROPAGATION_MODES.has(m));
  if (dropped.length > 0) {
    warnings.push({
      code: 'propagation-dropped',
      ...about,
      message: `Dropped :${dropped.join(',')}: mount propagation applies to bind mounts only.`,
    });
  }
  if (modes.some((m) => SELINUX_MODES.has(m))) {
    warnings.push({
      code: 'selinux-label-kept',
      ...about,
      message:
        "Kept :z/:Z. Current Docker relabels a named volume's mount point too (older engines ignore it), so it is " +
        'harmless without SELinux and needed with it; it also keeps docker-compose v1 override keys matching.',
    });
  }
  return { modes: modes.filter((m) => !PROPAGATION_MODES.has(m)), warnings };
}

function editLong(text: string, entry: MountEntry, map: YAMLMap, volume: string, eol: string): MountEdit {
  const type = ownPair(map, 'type');
  if (type === undefined || !isScalar(type.value) || !isScalar(type.key)) {
    throw new ComposeError('unsupported-syntax', `Long-syntax mount of ${entry.mount.service} has no literal type.`);
  }
  const edits: TextEdit[] = [];
  const warnings: ComposeWarning[] = [];
  if (scalarString(type.value) !== 'volume') edits.push(replaceScalar(type.value, 'volume', entry.inFlow));
  const source = ownPair(map, 'source');
  if (source !== undefined && isScalar(source.value)) {
    if (scalarString(source.value) !== volume) edits.push(replaceScalar(source.value, volume, entry.inFlow));
  } else if (source === undefined && !map.flow) {
    const keyStart = type.key.range?.[0] ?? 0;
    const indent = ' '.repeat(keyStart - lineStartAt(text, keyStart));
    const at = nextLineStart(text, type.value.range?.[1] ?? 0);
    const lead = at === text.length && !text.endsWith('\n') ? eol : '';
    edits.push({ start: at, end: at, text: `${lead}${indent}source: ${renderPlain(volume)}${eol}` });
  } else {
    throw new ComposeError(
      'unsupported-syntax',
      `Cannot set the source of ${entry.mount.service}:${entry.mount.target}.`,
    );
  }
  const bind = ownPair(map, 'bind');
  if (bind !== undefined) {
    edits.push(removePair(text, map, bind));
    warnings.push(...bindWarnings(entry, bind));
  }
  return { edits, warnings };
}

function bindWarnings(entry: MountEntry, bind: Pair): ComposeWarning[] {
  const about = { service: entry.mount.service, target: entry.mount.target };
  const keys = isMap(bind.value) ? bind.value.items.map((p) => scalarString(p.key) ?? '') : [];
  const warnings: ComposeWarning[] = [];
  if (keys.includes('selinux')) {
    warnings.push({
      code: 'selinux-label-dropped',
      ...about,
      message:
        'Dropped bind.selinux: long-syntax volume mounts have no SELinux option; use short syntax with :z if the VM enforces SELinux.',
    });
  }
  if (keys.includes('propagation')) {
    warnings.push({
      code: 'propagation-dropped',
      ...about,
      message: 'Dropped bind.propagation: it applies to bind mounts only.',
    });
  }
  const rest = keys.filter((k) => k !== 'selinux' && k !== 'propagation');
  if (rest.length > 0 || keys.length === 0) {
    warnings.push({
      code: 'bind-options-dropped',
      ...about,
      message: `Dropped the bind: block (${rest.join(', ') || 'empty'}); a volume mount cannot carry bind options.`,
    });
  }
  return warnings;
}

function ownPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => scalarString(pair.key) === key);
}

function replaceScalar(node: Scalar, value: string, inFlow: boolean): TextEdit {
  const [start, end] = node.range ?? [0, 0];
  return { start, end, text: renderLike(node, value, inFlow) };
}

// Removes whole lines when the key starts its line; when it follows `- `, removes up to the next key instead.
function removePair(text: string, map: YAMLMap, pair: Pair): TextEdit {
  const keyStart = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
  const valueEnd = isScalar(pair.value) || isMap(pair.value) ? (pair.value.range?.[1] ?? keyStart) : keyStart;
  if (map.flow) throw new ComposeError('unsupported-syntax', 'Cannot drop bind: options from a flow-style mount.');
  if (startsItsLine(text, keyStart)) {
    return { start: lineStartAt(text, keyStart), end: nextLineStart(text, Math.max(keyStart, valueEnd - 1)), text: '' };
  }
  const next = map.items[map.items.indexOf(pair) + 1];
  const nextStart = next !== undefined && isScalar(next.key) ? next.key.range?.[0] : undefined;
  if (nextStart === undefined) throw new ComposeError('unsupported-syntax', 'A mount holding only bind: options.');
  return { start: keyStart, end: nextStart, text: '' };
}

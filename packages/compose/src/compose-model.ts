import type { Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from 'yaml';

import { isUnderDataDir, looksLikeFile, mountRole } from './classify';
import { ComposeError } from './errors';
import { detectLayout } from './layout';
import type { ParsedYaml } from './safe-parse';
import { parseYamlSafely } from './safe-parse';
import { isHostPath, parseShortMount } from './short-syntax';
import type { ComposeInventory, DeclaredVolume, Mount, MountKind, SourceSpan } from './types';
import { asMap, isTruthyScalar, mapString, mapValue, resolveNode, scalarString } from './yaml-nodes';

/** A listed mount together with the YAML node it was read from (the anchor's node when reached by alias). */
export interface MountEntry {
  readonly mount: Mount;
  readonly node: Scalar | YAMLMap;
  /** The entry sits in a flow collection (`[…]` or `{…}`), where plain scalars may not hold `,[]{}`. */
  readonly inFlow: boolean;
}

/** The parsed file, its root map, the inventory and the nodes behind each mount; internal to this package. */
export interface ComposeModel {
  readonly parsed: ParsedYaml;
  readonly root: YAMLMap;
  readonly inventory: ComposeInventory;
  readonly entries: readonly MountEntry[];
}

type MountFields = Omit<Mount, 'service' | 'viaAlias' | 'span' | 'underDataDir' | 'looksLikeFile' | 'role'>;

/** Parses (with limits) and reads every service's mounts, keeping node references for the rewriter. */
export function readCompose(text: string): ComposeModel {
  const parsed = parseYamlSafely(text);
  const { document } = parsed;
  const root = asMap(document.contents);
  const services = root === null ? null : asMap(mapValue(root, 'services', document)?.node);
  if (root === null || services === null) {
    throw new ComposeError(
      'not-a-compose-file',
      'No `services:` mapping at the top level (Compose file format 2 or later).',
    );
  }
  const entries: MountEntry[] = [];
  const facts = services.items.map((pair) => {
    const name = scalarString(pair.key) ?? '';
    const service = asMap(resolveNode(pair.value, document).node);
    const own = service === null ? [] : readServiceMounts(parsed, name, service);
    entries.push(...own);
    return {
      name,
      image: service === null ? null : mapString(service, 'image', document),
      hasContainerName: service !== null && mapValue(service, 'container_name', document) !== null,
      sources: own.flatMap((e) => (e.mount.source === null ? [] : [e.mount.source])),
    };
  });
  const inventory: ComposeInventory = {
    layout: detectLayout(facts),
    composeVersion: mapString(root, 'version', document),
    services: facts.map((f) => f.name),
    mounts: entries.map((e) => e.mount),
    declaredVolumes: readDeclaredVolumes(parsed, root),
    lineEnding: /\r\n/.test(text) ? 'crlf' : 'lf',
  };
  return { parsed, root, inventory, entries };
}

function readServiceMounts(parsed: ParsedYaml, service: string, map: YAMLMap): MountEntry[] {
  const list = mapValue(map, 'volumes', parsed.document);
  const seq = list?.node;
  if (list === null || !isSeq(seq)) return [];
  return seq.items.flatMap((item) => {
    const resolved = resolveNode(item, parsed.document);
    const node = resolved.node;
    if (!isScalar(node) && !isMap(node)) return [];
    const fields = isScalar(node) ? shortFields(scalarString(node) ?? '') : longFields(parsed, node);
    const isFile = looksLikeFile(fields.kind, fields.source, fields.target);
    const mount: Mount = {
      service,
      ...fields,
      underDataDir: fields.kind === 'bind' && fields.source !== null && isUnderDataDir(fields.source),
      looksLikeFile: isFile,
      role: mountRole(fields.kind, fields.source, fields.target, isFile),
      viaAlias: list.viaAlias || resolved.viaAlias,
      span: spanOf(parsed, node),
    };
    return [{ mount, node, inFlow: seq.flow === true || (isMap(node) && node.flow === true) }];
  });
}

function shortFields(raw: string): MountFields {
  const short = parseShortMount(raw);
  if (short === null) return { source: raw, target: '', syntax: 'short', kind: 'other', modes: [], readOnly: false };
  const kind: MountKind = short.source === null ? 'anonymous' : isHostPath(short.source) ? 'bind' : 'volume';
  return { ...short, syntax: 'short', kind, readOnly: short.modes.includes('ro') };
}

function longFields(parsed: ParsedYaml, map: YAMLMap): MountFields {
  const { document } = parsed;
  const type = mapString(map, 'type', document);
  const source = mapString(map, 'source', document);
  const readOnly = isTruthyScalar(mapValue(map, 'read_only', document)?.node);
  const bind = asMap(mapValue(map, 'bind', document)?.node);
  const volume = asMap(mapValue(map, 'volume', document)?.node);
  const modes = [
    readOnly ? 'ro' : null,
    bind === null ? null : mapString(bind, 'selinux', document),
    bind === null ? null : mapString(bind, 'propagation', document),
    volume !== null && isTruthyScalar(mapValue(volume, 'nocopy', document)?.node) ? 'nocopy' : null,
  ].filter((m): m is string => m !== null);
  const kind: MountKind =
    type === 'bind'
      ? 'bind'
      : type === 'volume'
        ? source === null
          ? 'anonymous'
          : 'volume'
        : type === 'tmpfs'
          ? 'tmpfs'
          : 'other';
  return { source, target: mapString(map, 'target', document) ?? '', syntax: 'long', kind, modes, readOnly };
}

function readDeclaredVolumes(parsed: ParsedYaml, root: YAMLMap): DeclaredVolume[] {
  const volumes = asMap(mapValue(root, 'volumes', parsed.document)?.node);
  if (volumes === null) return [];
  return volumes.items.map((pair) => {
    const body = asMap(resolveNode(pair.value, parsed.document).node);
    const external = body === null ? null : mapValue(body, 'external', parsed.document)?.node;
    return { name: scalarString(pair.key) ?? '', external: isTruthyScalar(external) || isMap(external) };
  });
}

/** Where a node's value sits in the text, trailing line breaks of block collections excluded. */
function spanOf(parsed: ParsedYaml, node: Scalar | YAMLMap): SourceSpan {
  const [start, rawEnd] = node.range ?? [0, 0];
  let end = rawEnd;
  while (end > start && /[\s]/.test(parsed.text[end - 1] ?? '')) end -= 1;
  return {
    startLine: parsed.lineCounter.linePos(start).line,
    endLine: parsed.lineCounter.linePos(Math.max(start, end - 1)).line,
    startOffset: start,
    endOffset: end,
  };
}

import { isScalar } from 'yaml';

import type { MountEntry } from './compose-model';
import { readCompose } from './compose-model';
import { ComposeError } from './errors';
import { volumeModes } from './mount-edits';
import { loadValidated, mappedEntries } from './rewrite';
import { formatShortMount } from './short-syntax';
import { renderPlain } from './text-edit';
import type { ComposeWarning, ValidationContext, VolumeMapping } from './types';
import { dataWarnings } from './warnings';
import { scalarString } from './yaml-nodes';

/** The name Compose picks up next to docker-compose.yml without any `-f`. */
export const OVERRIDE_FILE_NAME = 'docker-compose.override.yml';

/** The override file's text and what the operator must know. */
export interface OverrideResult {
  readonly fileName: string;
  readonly compose: string;
  readonly warnings: readonly ComposeWarning[];
}

/**
 * Renders a docker-compose.override.yml that moves the mapped mounts onto external volumes and survives `prepare`.
 * Compose merges a service's volumes by container path: compose-go (Compose v2) keys each entry on its parsed
 * target; docker-compose v1 keys long syntax on `target` and short syntax on the text after the first colon, i.e.
 * target plus options. So each entry repeats the base entry's syntax, exact target and options (hence `:z` is kept).
 */
export function renderOverride(
  yamlText: string,
  mappings: readonly VolumeMapping[],
  options: { readonly context?: ValidationContext } = {},
): OverrideResult {
  const model = loadValidated(yamlText, mappings, options.context ?? { volumesInUseElsewhere: [] });
  const eol = model.inventory.lineEnding === 'crlf' ? '\r\n' : '\n';
  const warnings: ComposeWarning[] = [];
  const byService = new Map<string, string[]>();
  for (const { mapping, entry } of mappedEntries(model, mappings)) {
    const lines = entryLines(entry, mapping.volume, warnings);
    byService.set(entry.mount.service, [...(byService.get(entry.mount.service) ?? []), ...lines]);
  }
  const version = model.root.items.find((pair) => scalarString(pair.key) === 'version');
  const versionRange = version !== undefined && isScalar(version.value) ? version.value.range : undefined;
  const lines = [
    '# Written by Harborview: moves Harbor data mounts onto external vDVS volumes. Compose merges these entries',
    '# into docker-compose.yml by container path; prepare regenerates that file but leaves this one alone.',
    ...(versionRange ? [`version: ${yamlText.slice(versionRange[0], versionRange[1])}`] : []),
    'services:',
    ...[...byService].flatMap(([service, entries]) => [`  ${renderPlain(service)}:`, '    volumes:', ...entries]),
    'volumes:',
    ...[...new Set(mappings.map((m) => m.volume))].flatMap((v) => [`  ${renderPlain(v)}:`, '    external: true']),
  ];
  const compose = lines.map((line) => line + eol).join('');
  verifyOverride(compose, mappings);
  return { fileName: OVERRIDE_FILE_NAME, compose, warnings: [...warnings, ...dataWarnings(model.inventory, mappings)] };
}

function entryLines(entry: MountEntry, volume: string, warnings: ComposeWarning[]): string[] {
  const { mount } = entry;
  if (mount.syntax === 'long') {
    return [
      '      - type: volume',
      `        source: ${renderPlain(volume)}`,
      `        target: ${renderPlain(mount.target)}`,
      ...(mount.readOnly ? ['        read_only: true'] : []),
      ...(mount.modes.includes('nocopy') ? ['        volume:', '          nocopy: true'] : []),
    ];
  }
  const kept = volumeModes(mount, mount.modes);
  warnings.push(...kept.warnings);
  if (kept.modes.length !== mount.modes.length) {
    warnings.push({
      code: 'compose-v1-override-key',
      service: mount.service,
      target: mount.target,
      message:
        'docker-compose v1 matches override entries on target plus options; with options dropped it keeps both entries. Use Compose v2 or the in-place rewrite.',
    });
  }
  return [`      - ${renderPlain(formatShortMount({ source: volume, target: mount.target, modes: kept.modes }))}`];
}

function verifyOverride(compose: string, mappings: readonly VolumeMapping[]): void {
  const inventory = readCompose(compose).inventory;
  const missing = mappings.filter(
    (m) => !inventory.mounts.some((x) => x.service === m.service && x.source === m.volume && x.kind === 'volume'),
  );
  if (missing.length > 0) throw new ComposeError('verification-failed', 'The override does not hold every mapping.');
}

import type { ComposeDataMount, ComposeMountList } from '@harborview/contracts/compose-mounts';
import type { ComposeMapping } from '@harborview/contracts/harbor';

/** What the user picked for one mount: leave it, an existing volume, or a volume to create. */
export type MountChoice = { mode: 'keep' } | { mode: 'existing'; volume: string } | { mode: 'new'; name: string };

/** One row of the mapping table. */
export interface MountRow {
  key: string;
  mount: ComposeDataMount;
  /** Why the mount cannot be mapped, or null when it can. */
  blockedReason: string | null;
}

export const rowKey = (service: string, target: string): string => `${service}:${target}`;

/** Every service's bind and named-volume mounts; single-file binds are listed but blocked (harbor.md §1). */
export function mountRows(list: ComposeMountList): MountRow[] {
  return list.mounts
    .filter((m) => m.kind === 'bind' || m.kind === 'volume')
    .map((mount) => ({
      key: rowKey(mount.service, mount.target),
      mount,
      blockedReason: mount.singleFile ? 'A single-file bind cannot become a volume: a volume is a directory.' : null,
    }));
}

/** The request's mappings in row order, and which row each index came from (422s name `mappings[i]`). */
export function toMappings(
  rows: readonly MountRow[],
  choices: Readonly<Record<string, MountChoice>>,
): { mappings: ComposeMapping[]; keys: string[] } {
  const mappings: ComposeMapping[] = [];
  const keys: string[] = [];
  for (const row of rows) {
    const choice = choices[row.key];
    const volume = choice?.mode === 'existing' ? choice.volume : choice?.mode === 'new' ? choice.name.trim() : '';
    if (row.blockedReason || volume === '') continue;
    mappings.push({ service: row.mount.service, target: row.mount.target, volume });
    keys.push(row.key);
  }
  return { mappings, keys };
}

/** The row a `mappings[i]: …` message is about, with the message without its prefix; null when it names none. */
export function errorRow(message: string, keys: readonly string[]): { key: string; message: string } | null {
  const match = /^mappings\[(\d+)\]: ([\s\S]*)$/.exec(message);
  const key = match ? keys[Number(match[1])] : undefined;
  return key === undefined || !match ? null : { key, message: match[2]! };
}

/** Names the user typed for volumes to create before attaching (once each). */
export function newVolumeNames(rows: readonly MountRow[], choices: Readonly<Record<string, MountChoice>>): string[] {
  const names = rows.flatMap((row) => {
    const choice = choices[row.key];
    return !row.blockedReason && choice?.mode === 'new' && choice.name.trim() ? [choice.name.trim()] : [];
  });
  return [...new Set(names)];
}

// 256 KiB: the compose reader's limit (413 beyond it), checked here first so a big upload never leaves the browser.
export const MAX_COMPOSE_BYTES = 256 * 1024;

/** What the wizard says about a file of `bytes` over the limit. */
export function sizeMessage(bytes: number): string {
  return `The file is ${Math.ceil(bytes / 1024)} KiB; a compose file may be at most 256 KiB.`;
}

/** The message for a text over the limit, or null. */
export function sizeProblem(text: string): string | null {
  const bytes = new TextEncoder().encode(text).length;
  return bytes > MAX_COMPOSE_BYTES ? sizeMessage(bytes) : null;
}

import { normalisePath } from './classify';
import type { ComposeInventory, ComposeWarning, Mount, VolumeMapping } from './types';
import { findMount } from './validate';

/** Always given: Harbor regenerates the file this package edits (harbor.md §1). */
export const REGENERATED_WARNING: ComposeWarning = {
  code: 'regenerated-by-prepare',
  message:
    "Harbor's prepare (run again by install.sh and by every reconfigure) regenerates docker-compose.yml and drops " +
    'this edit. Re-apply it after each prepare, or use the docker-compose.override.yml from renderOverride, which ' +
    'prepare leaves alone.',
};

/** Warnings about the data behind the mapped mounts: it must be copied, and parent binds still see the old copy. */
export function dataWarnings(doc: ComposeInventory, mappings: readonly VolumeMapping[]): ComposeWarning[] {
  const mapped = mappings.flatMap((mapping) => {
    const mount = findMount(doc, mapping);
    return mount === undefined ? [] : [{ mapping, mount }];
  });
  const moved = mapped.filter(({ mount }) => mount.kind === 'bind' && mount.source !== null);
  const copies = moved.map(({ mapping, mount }): ComposeWarning => {
    const postgres =
      mount.role === 'database' ? ' The database refuses a data directory that is not 0700 and owned by its uid.' : '';
    return {
      code: 'copy-data-first',
      service: mount.service,
      target: mount.target,
      message: `Nothing is copied by this rewrite: copy ${mount.source ?? ''} into ${mapping.volume} first, keeping owners and modes (cp -a or rsync -aHAX).${postgres}`,
    };
  });
  const mappedMounts = new Set<Mount>(mapped.map((m) => m.mount));
  return [
    ...copies,
    ...parentBinds(
      doc.mounts,
      moved.map((m) => m.mount),
      mappedMounts,
    ),
  ];
}

// One warning per unmapped bind (e.g. 2.x core's `/data/:/data/`) whose host path contains moved data.
function parentBinds(mounts: readonly Mount[], moved: readonly Mount[], mapped: ReadonlySet<Mount>): ComposeWarning[] {
  return mounts.flatMap((parent) => {
    if (parent.kind !== 'bind' || parent.source === null || mapped.has(parent)) return [];
    const root = normalisePath(parent.source);
    const prefix = root === '/' ? '/' : `${root}/`;
    const inside = [...new Set(moved.map((m) => normalisePath(m.source ?? '')).filter((s) => s.startsWith(prefix)))];
    if (inside.length === 0) return [];
    return [
      {
        code: 'parent-bind-remains' as const,
        service: parent.service,
        target: parent.target,
        message: `${parent.service} still binds ${parent.source}, which holds ${inside.join(', ')}; after the move it sees the old copies there, not the volumes.`,
      },
    ];
  });
}

import { describe, expect, it } from 'vitest';

import { walkthroughHosts } from '../../test/fixtures';
import { walkthroughObjects } from '../../test/vsan-fixtures';

import { groupObjectsByOwner, objectListRows } from './group-objects';

const objects = walkthroughObjects(walkthroughHosts());

describe('groupObjectsByOwner', () => {
  it('when objects belong to a VM and to volumes, then the VM group comes first and volumes follow by name', () => {
    const groups = groupObjectsByOwner([...objects].reverse());

    expect(groups.map((g) => g.owner?.name)).toStrictEqual(['photon-harbor', 'vsanvol1', 'vsanvol2', 'vsanvol3']);
  });

  it('when a VM has home, disk and swap objects, then they are ordered home, disk, swap', () => {
    const [vm] = groupObjectsByOwner([...objects].reverse());

    expect(vm?.objects.map((o) => o.kind)).toStrictEqual(['namespace', 'vdisk', 'vmswap']);
  });

  it('when an object has no owner, then it is grouped last', () => {
    const orphan = { ...objects[3]!, uuid: 'x', owner: null, ownerId: null };

    expect(groupObjectsByOwner([orphan, ...objects]).at(-1)).toMatchObject({ key: 'none', owner: null });
  });

  it('when groups are laid out as list rows, then each owner heading is followed by its objects in order', () => {
    const groups = groupObjectsByOwner(objects);

    const rows = objectListRows(groups);

    expect(rows.map((r) => (r.kind === 'owner' ? `# ${r.group.owner?.name}` : r.object.name))).toStrictEqual(
      groups.flatMap((g) => [`# ${g.owner?.name}`, ...g.objects.map((o) => o.name)]),
    );
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});

import type { InventoryNode } from '@harborview/contracts/inventory';
import { describe, expect, it } from 'vitest';

import { searchInventory } from './search-inventory';

const vm: InventoryNode = { id: 'vm-1', kind: 'vm', name: 'photon-harbor', children: [] };
const trees: InventoryNode[] = [
  {
    id: 'vc',
    kind: 'vcenter',
    name: 'vcenter.local',
    children: [
      { id: 'host-1', kind: 'host', name: '10.162.102.130', children: [vm] },
      { id: 'host-2', kind: 'host', name: '10.162.102.131', children: [] },
    ],
  },
  { id: 'vc', kind: 'vcenter', name: 'vcenter.local', children: [vm] },
];

describe('searchInventory', () => {
  it('when the query matches a host address, then that host is found', () => {
    expect(searchInventory(trees, '.131')).toStrictEqual([{ id: 'host-2', kind: 'host', name: '10.162.102.131' }]);
  });

  it('when a VM appears in two views, then it is listed once', () => {
    expect(searchInventory(trees, 'HARBOR')).toStrictEqual([{ id: 'vm-1', kind: 'vm', name: 'photon-harbor' }]);
  });

  it('when names start with the query, then they rank before names that only contain it', () => {
    expect(searchInventory(trees, '10.162').map((r) => r.id)).toStrictEqual(['host-1', 'host-2']);
    expect(searchInventory(trees, 'o').map((r) => r.id)[0]).toBe('vm-1');
  });

  it('when the query is blank, then nothing is found', () => {
    expect(searchInventory(trees, '   ')).toStrictEqual([]);
  });
});
